package vn.anm.assistant.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A realistic draft, as the chat intake would leave it before "Gửi". */
public final class TestDrafts {

    /** A valid base64 AES-256 key for tests (never used outside them). */
    public static final String DATA_KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

    public static final String SCAMMER_PHONE = "0912345678";
    public static final String CALLBACK_PHONE = "0987654321";

    private TestDrafts() {
    }

    public static ReportDraft complete(Reporter reporter) {
        Instant consent = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return ReportDraft.start(reporter, consent).change(a -> a
                .kind(IncidentKind.IMPERSONATION)
                .whatHappened("Có người gọi xưng là công an, bảo tôi chuyển tiền để \"xác minh\" tài khoản.")
                .occurredWhen("sáng nay khoảng 9 giờ")
                .contactChannel(ContactChannel.PHONE_CALL)
                .counterpart(new Counterpart(List.of(SCAMMER_PHONE), List.of("http://dichvucong-gov.top"),
                        List.of("Nguyễn Văn Bình"), "190312345678", "Techcombank"))
                .moneyLost(new MoneyLost("50 triệu", 50_000_000L, "Vietcombank"))
                .commune("Phường Hàm Rồng")
                .callbackPhone(CALLBACK_PHONE)
                .notes("Họ gửi cả ảnh giấy triệu tập giả qua Zalo."));
    }
}
