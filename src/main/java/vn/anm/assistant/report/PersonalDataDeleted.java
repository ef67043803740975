package vn.anm.assistant.report;

/** What "xóa dữ liệu của tôi" removed from the report tables. */
public record PersonalDataDeleted(long drafts, long reports) {
}
