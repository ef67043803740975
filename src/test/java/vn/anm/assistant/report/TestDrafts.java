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
        return ReportDraft.start(reporter, consent).change(a -> {
            a.kind = IncidentKind.IMPERSONATION;
            a.whatHappened = "Có người gọi xưng là công an, bảo tôi chuyển tiền để \"xác minh\" tài khoản.";
            a.occurredWhen = "sáng nay khoảng 9 giờ";
            a.contactChannel = ContactChannel.PHONE_CALL;
            a.counterpart = new Counterpart(List.of(SCAMMER_PHONE), List.of("http://dichvucong-gov.top"),
                    List.of("Nguyễn Văn Bình"), "190312345678", "Techcombank");
            a.moneyLost = new MoneyLost("50 triệu", 50_000_000L, "Vietcombank");
            a.commune = "Phường Hàm Rồng";
            a.callbackPhone = CALLBACK_PHONE;
            a.notes = "Họ gửi cả ảnh giấy triệu tập giả qua Zalo.";
        });
    }
}
