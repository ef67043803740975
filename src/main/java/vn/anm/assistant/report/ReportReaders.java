package vn.anm.assistant.report;

/**
 * Tells who reads reports at this moment. Asked on every turn that promises something about a report,
 * because the answer may change while the service runs (an officer account created in the console).
 */
public interface ReportReaders {

    ReportReader current();
}
