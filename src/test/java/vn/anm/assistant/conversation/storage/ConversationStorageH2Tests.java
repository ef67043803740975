package vn.anm.assistant.conversation.storage;

import vn.anm.assistant.database.OnH2;

/** The conversation's records on the embedded default: an H2 file under the data folder. */
@OnH2
class ConversationStorageH2Tests extends ConversationStorageContract {
}
