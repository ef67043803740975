package vn.anm.assistant.channel.delivery;

import vn.anm.assistant.database.OnPostgres;

/** The webhook's inbox writes on the real PostgreSQL at 127.0.0.1:5432: delivery ids and events in one statement. */
@OnPostgres(schema = "inbox_accept_tests")
class InboxAcceptPostgresTests extends InboxAcceptContract {
}
