package vn.anm.assistant.channel.zalo;

import vn.anm.assistant.database.OnH2;

/** The channel's records on the embedded default: an H2 file under the data folder. */
@OnH2
class ChannelStorageH2Tests extends ChannelStorageContract {
}
