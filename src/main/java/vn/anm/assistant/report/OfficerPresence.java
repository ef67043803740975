package vn.anm.assistant.report;

/**
 * Whether officers read reports in the console: told by the console (an enabled OFFICER account exists), so the
 * chat may promise "cán bộ đọc trên trang quản lý" only when somebody can. Must answer at once (a cached value).
 */
@FunctionalInterface
public interface OfficerPresence {

    boolean officersReadReports();
}
