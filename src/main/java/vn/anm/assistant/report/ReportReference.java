package vn.anm.assistant.report;

import java.util.regex.Pattern;

/** The code a citizen quotes about their report, e.g. {@code LS-20261129-0042}: the day, then a number unique that day. */
public record ReportReference(String value) {

    private static final Pattern SHAPE = Pattern.compile("LS-\\d{8}-\\d{4,}");

    public ReportReference {
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a report reference");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
