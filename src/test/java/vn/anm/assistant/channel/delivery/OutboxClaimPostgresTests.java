package vn.anm.assistant.channel.delivery;

import vn.anm.assistant.database.OnPostgres;

/** The outbox's claims and marks on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgres(schema = "outbox_claim_tests")
class OutboxClaimPostgresTests extends OutboxClaimContract {
}
