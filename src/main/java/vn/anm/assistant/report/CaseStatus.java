package vn.anm.assistant.report;

import java.util.Arrays;
import java.util.List;

/**
 * Where officers are with a report: mới → đang xử lý → đã chuyển cơ quan chức năng → đã đóng. A report only moves
 * forward (a step may be skipped: a report with nothing to act on is closed straight away); closing starts the
 * retention period. Independent of {@link ReportStatus}, which says whether the report reached its destinations.
 */
public enum CaseStatus {
    NEW("mới"),
    IN_PROGRESS("đang xử lý"),
    REFERRED("đã chuyển cơ quan chức năng"),
    CLOSED("đã đóng");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    /** As officers and citizens read it. */
    public String label() {
        return label;
    }

    /** The statuses a report in this one may be moved to. */
    public List<CaseStatus> next() {
        return Arrays.stream(values()).filter(s -> s.ordinal() > ordinal()).toList();
    }

    public boolean mayMoveTo(CaseStatus target) {
        return target.ordinal() > ordinal();
    }
}
