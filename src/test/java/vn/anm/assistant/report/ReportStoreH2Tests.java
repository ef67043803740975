package vn.anm.assistant.report;

import vn.anm.assistant.database.OnH2;

/** The report repository on the embedded default: an H2 file under the data folder. */
@OnH2
class ReportStoreH2Tests extends ReportStoreContract {
}
