package vn.anm.assistant.channel.delivery;

import vn.anm.assistant.database.OnH2;

/** The webhook's inbox writes on the embedded default: an H2 file under the data folder, one transaction. */
@OnH2
class InboxAcceptH2Tests extends InboxAcceptContract {
}
