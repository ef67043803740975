package vn.anm.assistant.conversation.storage;

import vn.anm.assistant.database.OnPostgres;

/** The conversation's records on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgres(schema = "conversation_tests")
class ConversationStoragePostgresTests extends ConversationStorageContract {
}
