package vn.anm.assistant.scamcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;

import vn.anm.assistant.moderation.ConsoleContext;
import vn.anm.assistant.moderation.ConsoleUsers;
import vn.anm.assistant.moderation.security.Role;

/**
 * The lists through the console's forms: the seeded allowlist is there, an item is added with source and reason,
 * exported and imported as CSV, removed; a citizen's report is rejected (its value erased); every change is in
 * the audit log; the chat follows each change at once.
 */
class ScamConsoleTests extends ConsoleContext {

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;

    static ConsoleUsers.Session moderator;

    @BeforeAll
    static void signIn(@Autowired ConsoleUsers users, @Autowired WebTestClient client) {
        users.ensure("scam-console", Role.MODERATOR);
        moderator = users.signIn(client, "scam-console");
    }

    String page(String path) {
        return moderator.get(client, path).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    String post(String path, Map<String, String> fields) {
        var form = new LinkedMultiValueMap<String, String>();
        fields.forEach(form::add);
        var location = moderator.post(client, path, form, true).exchange().expectStatus().is3xxRedirection().expectBody().returnResult()
                .getResponseHeaders().getLocation();
        return java.net.URLDecoder.decode(String.valueOf(location), java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    String chat(String text) {
        Map<String, Object> reply = client.post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return String.valueOf(((List<Map<String, Object>>) reply.get("messages")).stream().map(m -> m.get("text")).toList());
    }

    List<String> audit(String action) {
        return db.sql("SELECT subject FROM console_audit WHERE action = :a").bind("a", action).map(r -> r.get("subject", String.class)).all()
                .collectList().block();
    }

    @Test
    void theSeededAllowlistIsShownWithItsSources() {
        String allow = page("/console/scam?list=ALLOW");
        assertThat(allow).contains("*.gov.vn", "congan.langson.gov.vn", "kb-facts.md", "Cổng thông tin điện tử Công an tỉnh Lạng Sơn");
        assertThat(chat("congan.langson.gov.vn")).contains("CHÍNH THỨC");
    }

    @Test
    void addExportImportAndRemoveWithTheAuditLog() {
        String added = post("/console/scam/add", Map.of("list", "BLOCK", "kind", "URL", "value", "https://Qua-Tang-Cuoi-Nam.com/nhan",
                "label", "Giả quà tặng cuối năm", "source", "Phản ánh của Công an xã", "reason", "Đã xác minh"));
        assertThat(added).contains("done=Đã thêm đường link qua-tang-cuoi-nam.com/nhan");
        assertThat(chat("qua-tang-cuoi-nam.com/nhan/abc")).contains("ĐÃ BỊ BÁO CÁO", "Giả quà tặng cuối năm");
        assertThat(post("/console/scam/add", Map.of("list", "BLOCK", "kind", "PHONE", "value", "không phải số", "label", "", "source", "x", "reason", "y")))
                .contains("problem=", "không phải số điện thoại");
        assertThat(post("/console/scam/add", Map.of("list", "BLOCK", "kind", "URL", "value", "qua-tang-cuoi-nam.com/nhan", "label", "", "source", "", "reason", "")))
                .contains("problem=");

        String csv = moderator.get(client, "/console/scam/export?list=BLOCK").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv").expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains("kind,value,label,source,reason", "URL,qua-tang-cuoi-nam.com/nhan,Giả quà tặng cuối năm");

        String imported = post("/console/scam/import", Map.of("list", "BLOCK", "csv", """
                kind,value,label,source,reason
                PHONE,+84 912 888 999,"Giả cán bộ thuế, đòi cài app",Công văn của Cục Thuế,Nhiều người phản ánh
                ACCOUNT,1903 4455 6677,Tài khoản nhận tiền lừa đảo,Công an xã,Vụ ngày 01/12
                URL,qua-tang-cuoi-nam.com/nhan,trùng,x,y
                BANK,123,,x,y
                """));
        assertThat(imported).contains("Đã nhập 2 mục mới, 1 mục đã có sẵn", "Dòng 5");
        assertThat(chat("0912.888.999 gọi tôi")).contains("ĐÃ BỊ BÁO CÁO", "Giả cán bộ thuế, đòi cài app");
        String list = page("/console/scam?list=BLOCK");
        assertThat(list).contains("0912888999", "19034455667");

        String id = db.sql("SELECT id FROM scam_list_item WHERE item_value = '0912888999'").map(r -> String.valueOf(r.get("id"))).one().block();
        assertThat(post("/console/scam/" + id + "/remove", Map.of())).contains("done=Đã gỡ số điện thoại 091****999");
        assertThat(chat("0912888999")).contains("CHƯA CÓ THÔNG TIN").doesNotContain("ĐÃ BỊ BÁO CÁO");

        assertThat(audit("SCAM_LIST_ADDED")).anyMatch(s -> s.contains("qua-tang-cuoi-nam.com/nhan"));
        assertThat(audit("SCAM_LIST_IMPORTED")).anyMatch(s -> s.contains("2 mục mới"));
        assertThat(audit("SCAM_LIST_REMOVED")).anyMatch(s -> s.contains("091****999")).noneMatch(s -> s.contains("0912888999"));
    }

    @Test
    void aRejectedReportLeavesTheQueueAndItsValueIsErased() {
        String number = "0977" + String.format("%06d", System.nanoTime() % 1_000_000);
        client.post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("payload", "scamcheck:report:PHONE:" + number)).exchange().expectStatus().isOk();
        assertThat(page("/console/scam/queue")).contains(number);
        String id = db.sql("SELECT id FROM scam_review_queue WHERE status = 'PENDING' ORDER BY id DESC").map(r -> String.valueOf(r.get("id"))).first().block();
        assertThat(post("/console/scam/queue/" + id + "/reject", Map.of())).contains("done=Đã bác báo cáo");
        assertThat(page("/console/scam/queue")).doesNotContain(number);
        assertThat(db.sql("SELECT value_enc, status FROM scam_review_queue WHERE id = " + id).fetch().one().block())
                .containsEntry("VALUE_ENC", null);
        assertThat(chat(number)).contains("CHƯA CÓ THÔNG TIN");
        assertThat(audit("SCAM_REPORT_REJECTED")).anyMatch(s -> s.contains("097****"));
        assertThat(post("/console/scam/queue/" + id + "/approve", Map.of("trick", "x", "reason", "y"))).contains("problem=Báo cáo này đã được xử lý");
    }
}
