package vn.anm.assistant.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;

import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditEntry;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.security.Role;
import vn.anm.assistant.moderation.desk.OfficerAccounts;
import vn.anm.assistant.report.CaseStatus;
import vn.anm.assistant.report.ReportReader;
import vn.anm.assistant.report.ReportReaders;
import vn.anm.assistant.report.IncidentKind;
import vn.anm.assistant.report.MoneyLost;
import vn.anm.assistant.report.ReportDesk;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.Reporter;
import vn.anm.assistant.report.TestDrafts;

/**
 * The officers' desk over HTTP, as an officer's browser sends it: the queue filters and counts, a report decrypted
 * with its view audited, status changes forward only with a note and the officer's name, exports with and without
 * personal data (CSV and XLSX, audited; a formula in a citizen's text stays text), a report kept with no destination.
 */
class ReportDeskTests extends ConsoleContext {

    static final String COMMUNE = "Xã Desk Thử Nghiệm";

    @Autowired
    WebTestClient client;
    @Autowired
    ConsoleUsers users;
    @Autowired
    AuditLog audit;
    @Autowired
    ReportDesk desk;

    static ConsoleUsers.Session officer;
    static String hamRong;
    static String other;

    @BeforeAll
    static void reports(@Autowired ConsoleUsers users, @Autowired WebTestClient client, @Autowired ReportIntake intake) {
        users.ensure("desk-officer", Role.OFFICER);
        officer = users.signIn(client, "desk-officer");
        hamRong = intake.submit(TestDrafts.complete(new Reporter("ZALO", "desk-zalo-1")).change(a -> a.commune = COMMUNE)).block().reference().value();
        other = intake.submit(TestDrafts.complete(new Reporter("WEB", "desk-web-1")).change(a -> {
                    a.commune = "Phường Khác Desk";
                    a.kind = IncidentKind.ONLINE_SHOPPING;
                    a.moneyLost = new MoneyLost("200 nghìn", 200_000L, null);
                    a.whatHappened = "=HYPERLINK(\"http://x.example\") đặt hàng không nhận được";
                })).block().reference().value();
    }

    @Test
    void theQueueFiltersByCommuneKindMoneyAndChannelWithCounts() {
        String page = page("/console/reports?commune=" + COMMUNE);
        assertThat(page).contains(hamRong).doesNotContain(other).contains(COMMUNE).contains("Phường Khác Desk") // offered in the filter
                .doesNotContain(TestDrafts.CALLBACK_PHONE).doesNotContain(TestDrafts.SCAMMER_PHONE); // no personal data in the queue
        assertThat(page("/console/reports?kind=ONLINE_SHOPPING")).contains(other).doesNotContain(hamRong);
        assertThat(page("/console/reports?money=1000000")).contains(hamRong).doesNotContain(other);
        assertThat(page("/console/reports?channel=WEB")).contains(other).doesNotContain(hamRong);
        assertThat(page("/console/reports?from=2000-01-01&to=2000-01-31")).doesNotContain(hamRong).contains("Không có báo cáo nào");
        assertThat(page("/console/reports?commune=" + COMMUNE)).containsPattern("<strong>1</strong>\\s*tất cả");
        // bad filter values are said, not a 500
        assertThat(page("/console/reports?from=hôm-qua&money=nhiều&status=XYZ")).contains("không đúng dạng").contains("không phải một số");
    }

    @Test
    void openingAReportDecryptsItAndWritesTheViewToTheAuditLog() {
        String page = page("/console/reports/" + hamRong);
        assertThat(page).contains(TestDrafts.CALLBACK_PHONE).contains(TestDrafts.SCAMMER_PHONE).contains("Vietcombank");
        List<AuditEntry> trail = audit.about(hamRong, 10).collectList().block();
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REPORT_VIEWED);
            assertThat(e.actor()).isEqualTo("desk-officer");
        });
        officer.get(client, "/console/reports/LS-20000101-9999").exchange().expectStatus().isNotFound();
        officer.get(client, "/console/reports/khong-phai-ma").exchange().expectStatus().isNotFound();
    }

    @Test
    void statusesMoveForwardWithNoteAndOfficerNameAndClosingClosesTheReport() {
        post("/console/reports/" + other + "/status", "status", "IN_PROGRESS", "note", "Đã gọi lại cho người báo").expectStatus().isSeeOther();
        assertThat(page("/console/reports/" + other)).contains("đang xử lý").contains("Đã gọi lại cho người báo").contains("Người thử desk-officer");
        post("/console/reports/" + other + "/status", "status", "NEW", "note", "").expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        post("/console/reports/" + other + "/status", "status", "BOGUS", "note", "").expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        post("/console/reports/" + other + "/status", "status", "CLOSED", "note", "Không đủ thông tin").expectStatus().isSeeOther();
        assertThat(desk.caseStatus(new vn.anm.assistant.report.ReportReference(other)).block()).isEqualTo(CaseStatus.CLOSED);
        assertThat(desk.find(new vn.anm.assistant.report.ReportReference(other)).block().status())
                .isEqualTo(vn.anm.assistant.report.ReportStatus.CLOSED);
        assertThat(audit.about(other, 10).collectList().block()).filteredOn(e -> e.action() == AuditAction.REPORT_STATUS_CHANGED).hasSize(2);
    }

    @Test
    void exportsCarryPersonalDataOnlyWhenAskedAndAreAudited() throws Exception {
        String plain = new String(bytes("/console/reports/export.csv?commune=" + COMMUNE), StandardCharsets.UTF_8);
        assertThat(plain).startsWith("\uFEFF\"Mã tin báo\"").contains(hamRong).contains(COMMUNE).doesNotContain(TestDrafts.CALLBACK_PHONE);
        String personal = new String(bytes("/console/reports/export.csv?personal=1"), StandardCharsets.UTF_8);
        assertThat(personal).contains(TestDrafts.CALLBACK_PHONE).contains("\"'=HYPERLINK(\"\"http://x.example\"\")");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes("/console/reports/export.xlsx?personal=1&channel=ZALO")))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã tin báo");
            List<String> references = new java.util.ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                references.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(references).contains(hamRong).doesNotContain(other);
        }
        assertThat(audit.recent("desk-officer", AuditAction.REPORT_EXPORTED, 10, Long.MAX_VALUE).collectList().block())
                .extracting(AuditEntry::subject).contains("xuất CSV kèm dữ liệu cá nhân", "xuất CSV không kèm dữ liệu cá nhân",
                        "xuất XLSX kèm dữ liệu cá nhân");
        officer.get(client, "/console/reports/export.csv?from=sai").exchange().expectStatus().isBadRequest();
    }

    @Test
    void aReportKeptWithNoDestinationSaysSoAndCannotBeForwardedYet() {
        assertThat(page("/console/reports")).contains("báo cáo chỉ lưu ở đây");
        post("/console/reports/" + hamRong + "/forward").expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void withNoDestinationAnEnabledOfficerAccountMeansTheChatSaysOfficersReadReportsHere(@Autowired OfficerAccounts officers,
            @Autowired ReportReaders readers) {
        officers.refresh().block();
        assertThat(officers.officersReadReports()).isTrue();
        assertThat(readers.current()).isInstanceOf(ReportReader.ReadInConsole.class);
    }

    private String page(String path) {
        return officer.get(client, path).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private byte[] bytes(String path) {
        return officer.get(client, path).exchange().expectStatus().isOk().expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String path, String... pairs) {
        var form = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return officer.post(client, path, form, true).exchange();
    }
}
