package vn.anm.assistant.moderation.audit;

/** What the audit log records, with the words the administrator reads. */
public enum AuditAction {
    SIGN_IN("Đăng nhập"),
    SIGN_IN_FAILED("Đăng nhập thất bại"),
    SIGN_IN_LOCKED("Tạm khóa đăng nhập"),
    SIGN_OUT("Đăng xuất"),
    TOTP_FAILED("Mã xác thực hai lớp sai"),
    TOTP_ENABLED("Bật xác thực hai lớp"),
    TOTP_DISABLED("Tắt xác thực hai lớp"),
    PASSWORD_CHANGED("Đổi mật khẩu"),
    ACCOUNT_CREATED("Tạo tài khoản"),
    ACCOUNT_CHANGED("Sửa tài khoản"),
    PASSWORD_RESET("Đặt lại mật khẩu"),
    TOKEN_ISSUED("Cấp mã truy cập API"),
    TOKEN_REVOKED("Thu hồi mã truy cập API"),
    ENTRY_CREATED("Tạo chủ đề (nháp)"),
    ENTRY_CHANGED("Sửa chủ đề (nháp)"),
    ENTRY_RETIRED("Gỡ chủ đề (nháp)"),
    DRAFT_REVERTED("Hoàn tác bản nháp"),
    CONTACTS_CHANGED("Sửa danh bạ liên hệ (nháp)"),
    LEXICON_CHANGED("Sửa từ điển (nháp)"),
    DRAFT_IMPORTED("Nhập kho kiến thức vào bản nháp"),
    PUBLISHED("Xuất bản"),
    PUBLISH_BLOCKED("Xuất bản bị chặn"),
    PUBLISH_OVERRIDDEN("Xuất bản vượt ngưỡng (quản trị viên)"),
    ROLLED_BACK("Khôi phục phiên bản"),
    TEST_QUESTION_ADDED("Thêm câu hỏi kiểm tra"),
    TEST_QUESTION_REMOVED("Xóa câu hỏi kiểm tra"),
    UNANSWERED_HANDLED("Xử lý câu hỏi chưa trả lời được"),
    REPORT_VIEWED("Xem báo cáo (dữ liệu cá nhân)"),
    REPORT_STATUS_CHANGED("Đổi trạng thái báo cáo"),
    REPORT_FORWARDED("Chuyển báo cáo tới nơi nhận"),
    REPORT_EXPORTED("Xuất danh sách báo cáo"),
    ALERT_PUBLISHED("Đăng cảnh báo"),
    ALERT_WITHDRAWN("Gỡ cảnh báo"),
    // #17 scam check
    SCAM_LIST_ADDED("Thêm vào danh sách kiểm tra lừa đảo"),
    SCAM_LIST_REMOVED("Gỡ khỏi danh sách kiểm tra lừa đảo"),
    SCAM_LIST_IMPORTED("Nhập danh sách kiểm tra lừa đảo (CSV)"),
    SCAM_REPORT_APPROVED("Duyệt báo cáo lừa đảo vào danh sách"),
    SCAM_REPORT_REJECTED("Bác báo cáo lừa đảo");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
