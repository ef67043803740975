package vn.anm.assistant.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts and filed reports are stored as JSON (encrypted): the answers stay flat beside the reporter, so reports
 * filed before the draft had its answers grouped — with the dialogue's old {@code step} cursor in them — still read.
 */
class ReportDraftJsonTests {

    /** As the report store reads its columns. */
    private final JsonMapper json = JsonMapper.builder().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();

    @Test
    void aReportStoredBeforeTheAnswersWereGroupedIsReadWithEveryAnswer() {
        String stored = """
                {"reporter":{"channel":"ZALO","userId":"84912000111"},"consentAt":"2026-11-29T02:00:00Z","kind":"IMPERSONATION",
                 "whatHappened":"Có người gọi xưng là công an","occurredWhen":"sáng nay","contactChannel":"PHONE_CALL",
                 "counterpart":{"phoneNumbers":["0912345678"],"links":[],"accountNames":[],"bankAccount":null,"bank":null},
                 "moneyLost":{"asTold":"50 triệu","amountDong":50000000,"bank":"Vietcombank"},"commune":"Phường Hàm Rồng",
                 "callbackPhone":"0987654321","notes":"ảnh giấy triệu tập giả","step":"SUMMARY","updatedAt":"2026-11-29T02:05:00Z"}
                """;

        ReportDraft draft = json.readValue(stored, ReportDraft.class);

        assertThat(draft.reporter()).isEqualTo(new Reporter("ZALO", "84912000111"));
        assertThat(draft.consentAt()).isEqualTo(Instant.parse("2026-11-29T02:00:00Z"));
        assertThat(draft.answers().kind()).isEqualTo(IncidentKind.IMPERSONATION);
        assertThat(draft.answers().counterpart().phoneNumbers()).isEqualTo(List.of("0912345678"));
        assertThat(draft.answers().moneyLost()).isEqualTo(new MoneyLost("50 triệu", 50_000_000L, "Vietcombank"));
        assertThat(draft.answers().commune()).isEqualTo("Phường Hàm Rồng");
        assertThat(draft.answers().notes()).isEqualTo("ảnh giấy triệu tập giả");
        assertThat(draft.updatedAt()).isEqualTo(Instant.parse("2026-11-29T02:05:00Z"));
    }

    @Test
    void aDraftIsWrittenFlatAndReadBackTheSame() {
        ReportDraft draft = ReportDraft.start(new Reporter("WEB", "w-1"), Instant.parse("2026-12-01T08:00:00Z"))
                .change(a -> {
                    a.whatHappened = "đặt hàng không nhận được";
                    a.moneyLost = new MoneyLost("200 nghìn", 200_000L, null);
                });

        JsonNode written = json.valueToTree(draft);

        assertThat(written.has("answers")).isFalse();
        assertThat(written.get("whatHappened").asString()).isEqualTo("đặt hàng không nhận được");
        assertThat(json.treeToValue(written, ReportDraft.class)).isEqualTo(draft);
    }

    @Test
    void changingOneAnswerKeepsTheOthers() {
        ReportDraft draft = ReportDraft.start(new Reporter("WEB", "w-2"), Instant.EPOCH)
                .change(a -> {
                    a.kind = IncidentKind.LOAN;
                    a.commune = "Xã Quảng Phú";
                });

        ReportDraft changed = draft.change(a -> a.commune = null);

        assertThat(changed.answers().kind()).isEqualTo(IncidentKind.LOAN);
        assertThat(changed.answers().commune()).isNull();
        assertThat(draft.answers().commune()).isEqualTo("Xã Quảng Phú");
    }
}
