package vn.anm.assistant.channel.zalo;

import vn.anm.assistant.database.OnPostgres;

/** The channel's records on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgres(schema = "channel_tests")
class ChannelStoragePostgresTests extends ChannelStorageContract {
}
