package vn.anm.assistant.channel.delivery;

import vn.anm.assistant.database.OnH2;

/** The outbox's claims and marks on the embedded default: an H2 file under the data folder. */
@OnH2
class OutboxClaimH2Tests extends OutboxClaimContract {
}
