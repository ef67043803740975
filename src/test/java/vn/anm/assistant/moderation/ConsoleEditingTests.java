package vn.anm.assistant.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.anm.assistant.moderation.security.Role;

/**
 * Editing through the console form and the admin API: invalid edits are refused in Vietnamese and change
 * nothing; a second moderator saving over the first is refused; the publish gate blocks a harmful draft
 * unless an administrator overrides it with a reason; a publish changes the bot's answer and a rollback
 * restores it; the unanswered inbox groups masked messages; sign-in locks after repeated failures.
 */
class ConsoleEditingTests extends ConsoleContext {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient client;
    @Autowired
    ConsoleUsers users;

    static ConsoleUsers.Session moderator;
    static String moderatorToken;
    static String secondToken;
    static String adminToken;

    @BeforeAll
    static void accounts(@Autowired ConsoleUsers users, @Autowired WebTestClient client) {
        users.ensure("edit-a", Role.MODERATOR);
        users.ensure("edit-b", Role.MODERATOR);
        users.ensure("edit-admin", Role.ADMIN);
        moderator = users.signIn(client, "edit-a");
        moderatorToken = users.token("edit-a");
        secondToken = users.token("edit-b");
        adminToken = users.token("edit-admin");
    }

    static Stream<Arguments> invalidEdits() {
        return Stream.of(
                invalid("answer too long", f -> f.set("answer", f.getFirst("answer") + " Dài quá.".repeat(250)), "tối đa 1800"),
                invalid("NFD title", f -> f.set("title", Normalizer.normalize("Mã OTP và những điều cần biết", Normalizer.Form.NFD)),
                        "chưa ở dạng Unicode dựng sẵn"),
                invalid("unknown related id", f -> f.add("related", "khong-ton-tai"), "“khong-ton-tai” không có trong kho"),
                invalid("empty questions", f -> f.set("questions", "  \n "), "Cần ít nhất một câu hỏi mẫu"),
                invalid("script tag", f -> f.set("answer", f.getFirst("answer") + "\n<script>alert('x')</script>"), "thẻ HTML hoặc mã script"),
                invalid("title too long", f -> f.set("title", "Rất dài ".repeat(30)), "Tiêu đề dài"),
                invalid("bad date", f -> f.set("reviewed", "hôm qua"), "Nhập ngày rà soát"));
    }

    static Arguments invalid(String name, Consumer<MultiValueMap<String, String>> edit, String message) {
        return Arguments.of(name, edit, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEdits")
    void anInvalidEditIsRefusedInVietnameseAndChangesNothing(String name, Consumer<MultiValueMap<String, String>> edit, String message) {
        Map<String, Object> before = entry("mat-khau-manh", moderatorToken);
        String answerBefore = ask("mật khẩu thế nào là mạnh");
        MultiValueMap<String, String> form = form(before);
        edit.accept(form);

        String page = moderator.post(client, "/console/entries/mat-khau-manh", form, true).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("Chưa lưu được").contains(message);
        assertThat(entry("mat-khau-manh", moderatorToken)).isEqualTo(before);
        assertThat(ask("mật khẩu thế nào là mạnh")).isEqualTo(answerBefore);
    }

    @Test
    void aSecondEntryWithAnExistingIdIsRefused() {
        Map<String, Object> existing = entry("ma-otp", moderatorToken);
        MultiValueMap<String, String> form = form(existing);
        form.set("revision", "0");
        String page = moderator.post(client, "/console/entries", form, true).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Đã có chủ đề mang mã “ma-otp”");
        assertThat(entry("ma-otp", moderatorToken)).isEqualTo(existing);
    }

    @Test
    void theSecondOfTwoModeratorsSavingTheSameEntryIsRefusedAndNothingIsLost() {
        Map<String, Object> read = entry("wifi-cong-cong", moderatorToken);
        Map<String, Object> first = new java.util.HashMap<>(read);
        first.put("title", read.get("title") + " (sửa của A)");
        api(moderatorToken).put().uri("/api/admin/entries/wifi-cong-cong").contentType(MediaType.APPLICATION_JSON).bodyValue(first)
                .exchange().expectStatus().isOk().expectBody();

        MultiValueMap<String, String> second = form(read); // still the revision both read
        second.set("title", read.get("title") + " (sửa của B)");
        String page = moderator.post(client, "/console/entries/wifi-cong-cong", second, true).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("vừa được edit-a lưu lúc").contains("(sửa của B)"); // B's text is still in the form

        Map<String, Object> secondByApi = new java.util.HashMap<>(read);
        secondByApi.put("title", read.get("title") + " (sửa của B)");
        api(secondToken).put().uri("/api/admin/entries/wifi-cong-cong").contentType(MediaType.APPLICATION_JSON).bodyValue(secondByApi)
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.reason").isEqualTo("CONFLICT");

        assertThat(entry("wifi-cong-cong", moderatorToken).get("title")).isEqualTo(read.get("title") + " (sửa của A)");
        api(moderatorToken).post().uri("/api/admin/entries/wifi-cong-cong/revert").exchange().expectStatus().isNoContent().expectBody();
    }

    @Test
    void aPublishChangesTheAnswerAndARollbackRestoresIt() {
        String question = "ai hỏi mã otp thì có nên đọc cho họ không";
        String before = chat(question);
        Map<String, Object> entry = entry("ma-otp", moderatorToken);
        Map<String, Object> edited = new java.util.HashMap<>(entry);
        edited.put("answer", "Câu mở đầu thử nghiệm của phép xuất bản.\n\n" + entry.get("answer"));
        api(moderatorToken).put().uri("/api/admin/entries/ma-otp").contentType(MediaType.APPLICATION_JSON).bodyValue(edited)
                .exchange().expectStatus().isOk().expectBody();
        assertThat(chat(question)).as("a draft is not live").isEqualTo(before);

        long previous = ((Number) draft(moderatorToken).get("liveVersion")).longValue();
        Map<String, Object> published = publish(moderatorToken, "thử xuất bản", null, HttpStatus.CREATED);
        assertThat(chat(question)).startsWith("Câu mở đầu thử nghiệm của phép xuất bản.");
        assertThat(((Map<?, ?>) published.get("gate")).get("breaches")).asList().isEmpty();

        api(moderatorToken).post().uri("/api/admin/versions/" + previous + "/rollback").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("note", "trả lại")).exchange().expectStatus().isCreated().expectBody();
        assertThat(chat(question)).isEqualTo(before);
        assertThat(draft(moderatorToken).get("changes")).asList().as("the draft followed the rollback").isEmpty();
    }

    @Test
    void theGateBlocksAHarmfulDraftUnlessAnAdministratorOverridesWithAReason() {
        long previous = ((Number) draft(moderatorToken).get("liveVersion")).longValue();
        for (String id : List.of("gia-danh-cong-an", "mat-khau-manh", "ma-otp", "wifi-cong-cong", "lua-dao-tinh-cam", "vay-tien-online",
                "tai-khoan-bi-hack", "xac-thuc-hai-yeu-to")) {
            Map<String, Object> entry = new java.util.HashMap<>(entry(id, moderatorToken));
            entry.put("questions", List.of("câu hỏi không liên quan gì " + id));
            entry.put("keywords", List.of());
            api(moderatorToken).put().uri("/api/admin/entries/" + id).contentType(MediaType.APPLICATION_JSON).bodyValue(entry)
                    .exchange().expectStatus().isOk().expectBody();
        }
        Map<String, Object> blocked = publish(moderatorToken, "sửa hỏng", null, HttpStatus.CONFLICT);
        assertThat(blocked.get("breaches")).asList().isNotEmpty().first().asString().contains("resolved@1");
        assertThat(((Number) draft(moderatorToken).get("liveVersion")).longValue()).isEqualTo(previous);

        Map<String, Object> notAdmin = publish(moderatorToken, "sửa hỏng", "tôi muốn vậy", HttpStatus.CONFLICT);
        assertThat(notAdmin.get("detail")).asString().contains("Chỉ quản trị viên");

        Map<String, Object> overridden = publish(adminToken, "sửa hỏng có chủ đích", "thử nghiệm chặn và cho qua", HttpStatus.CREATED);
        assertThat(overridden.get("overridden")).isEqualTo(true);
        api(adminToken).get().uri("/api/admin/audit?action=PUBLISH_OVERRIDDEN").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("thử nghiệm chặn và cho qua").contains("edit-admin"));
        api(adminToken).get().uri("/api/admin/audit?action=PUBLISH_BLOCKED").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("edit-a"));

        api(moderatorToken).post().uri("/api/admin/versions/" + previous + "/rollback").exchange().expectStatus().isCreated().expectBody();
        assertThat(draft(moderatorToken).get("changes")).asList().isEmpty();
    }

    @Test
    void aVersionThatDoesNotBuildOnThisInstanceKeepsThePreviousOneServing(@Autowired org.springframework.r2dbc.core.DatabaseClient db)
            throws InterruptedException {
        long live = ((Number) draft(moderatorToken).get("liveVersion")).longValue();
        String answer = ask("mã otp là gì");
        long broken = live + 1000;
        // a version written by another instance whose content this one cannot build (an answer far over the limit)
        String bad = "{\"id\":\"ma-otp\",\"title\":\"Mã OTP\",\"group\":\"ky-nang\",\"severity\":\"WARNING\",\"questions\":[\"mã otp\"],"
                + "\"keywords\":[],\"related\":[],\"sources\":[{\"title\":\"t\",\"ref\":\"r\"}],\"reviewed\":\"2026-11-29\",\"answer\":\""
                + "quá dài ".repeat(400) + "\"}";
        String hash = "broken-" + broken;
        db.sql("INSERT INTO kb_blob (hash, content) VALUES (:h, :c)").bind("h", hash).bind("c", bad).then().block();
        db.sql("INSERT INTO kb_version (number, created_at, author, kind, note) VALUES (:n, CURRENT_TIMESTAMP, 'khác', 'PUBLISH', 'hỏng')")
                .bind("n", broken).then().block();
        db.sql("INSERT INTO kb_version_item (version, kind, item_key, blob_hash) SELECT :n, kind, item_key, "
                + "CASE WHEN item_key = 'ma-otp' THEN :h ELSE blob_hash END FROM kb_version_item WHERE version = :live")
                .bind("n", broken).bind("h", hash).bind("live", live).then().block();
        db.sql("UPDATE kb_live SET version = :n WHERE id = 1").bind("n", broken).then().block();
        try {
            Thread.sleep(1500); // several polls
            assertThat(ask("mã otp là gì")).isEqualTo(answer);
            client.get().uri("/console/login").exchange().expectStatus().isOk().expectBody();
        } finally {
            db.sql("UPDATE kb_live SET version = :n WHERE id = 1").bind("n", live).then().block();
            db.sql("DELETE FROM kb_version_item WHERE version = :n").bind("n", broken).then().block();
            db.sql("DELETE FROM kb_version WHERE number = :n").bind("n", broken).then().block();
        }
    }

    @Test
    void theInboxGroupsSimilarMaskedMessagesWithoutUserIds() {
        for (String text : List.of("giá phân bón hôm nay ở chợ bao nhiêu tiền", "hôm nay giá phân bón ở chợ bao nhiêu tiền, gọi 0912345678",
                "giá phân bón ở chợ hôm nay bao nhiêu tiền vậy")) {
            client.post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("user", "inbox-" + Math.abs(text.hashCode()), "text", text)).exchange().expectStatus().isOk().expectBody();
        }
        List<Map<String, Object>> groups = api(moderatorToken).get().uri("/api/admin/unanswered?order=most").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult().getResponseBody();
        Map<String, Object> group = groups.stream().filter(g -> String.valueOf(g.get("sample")).contains("phân bón")).findFirst().orElseThrow();
        assertThat(group.get("count")).isEqualTo(3);
        assertThat(String.valueOf(group.get("messages"))).contains("[số điện thoại]").doesNotContain("0912345678").doesNotContain("inbox-");
        assertThat(group.get("channels")).asList().containsExactly("WEB");

        api(moderatorToken).post().uri("/api/admin/unanswered/" + group.get("key") + "/add").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("topic", "mua-ban-online")).exchange().expectStatus().isNoContent().expectBody();
        assertThat(entry("mua-ban-online", moderatorToken).get("questions")).asList().contains(group.get("sample"));
        List<Map<String, Object>> after = api(moderatorToken).get().uri("/api/admin/unanswered").exchange()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult().getResponseBody();
        assertThat(after).noneMatch(g -> g.get("key").equals(group.get("key")));
        api(moderatorToken).post().uri("/api/admin/entries/mua-ban-online/revert").exchange().expectStatus().isNoContent().expectBody();
    }

    @Test
    void signInLocksAfterRepeatedFailuresEvenWithTheRightPassword() {
        users.ensure("edit-locked", Role.MODERATOR);
        for (int i = 0; i < 2; i++) {
            signInStatus("edit-locked", "sai mật khẩu " + i).expectHeader().location("/console/login?error=bad");
        }
        signInStatus("edit-locked", "sai lần thứ ba").expectHeader().location("/console/login?error=locked");
        signInStatus("edit-locked", ConsoleUsers.PASSWORD).expectHeader().location("/console/login?error=locked");
        signInStatus("khong-co-ai", "x").expectHeader().location("/console/login?error=bad");
        api(adminToken).get().uri("/api/admin/audit?action=SIGN_IN_LOCKED&actor=edit-locked").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].actor").isEqualTo("edit-locked");
    }

    @Test
    void basicAuthWorksWithoutTwoFactorAndIsRefusedWithIt() {
        client.get().uri("/api/admin/draft").headers(h -> h.setBasicAuth("edit-b", ConsoleUsers.PASSWORD)).exchange().expectStatus().isOk().expectBody();
        client.get().uri("/api/admin/draft").headers(h -> h.setBasicAuth("edit-admin", ConsoleUsers.PASSWORD)).exchange()
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("hai lớp"));
        client.get().uri("/api/admin/draft").headers(h -> h.setBearerAuth("anm_x_y")).exchange().expectStatus().isUnauthorized().expectBody();
    }

    @Test
    void aBadRequestToTheApiIsAProblemDetailNotA500() {
        api(moderatorToken).post().uri("/api/admin/try").contentType(MediaType.APPLICATION_JSON).bodyValue("{not json")
                .exchange().expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
        api(moderatorToken).put().uri("/api/admin/entries/ma-otp").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "x"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("revision"));
        api(moderatorToken).get().uri("/api/admin/versions/999999").exchange().expectStatus().isNotFound().expectBody();
        api(moderatorToken).post().uri("/api/admin/try").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "mã otp là gì"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.draft.decision").isEqualTo("ANSWER")
                .jsonPath("$.live.topic").isEqualTo("ma-otp");
    }

    private WebTestClient.ResponseSpec signInStatus(String username, String password) {
        var page = client.get().uri("/console/login").exchange().expectBody(String.class).returnResult();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        form.add("_csrf", ConsoleUsers.csrf(page.getResponseBody()));
        return client.post().uri("/console/login").cookie("ANM_CONSOLE_CSRF", page.getResponseCookies().getFirst("ANM_CONSOLE_CSRF").getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(org.springframework.web.reactive.function.BodyInserters.fromFormData(form))
                .exchange().expectStatus().isFound();
    }

    private Map<String, Object> publish(String token, String note, String override, HttpStatus expected) {
        String fingerprint = String.valueOf(draft(token).get("fingerprint"));
        Map<String, Object> body = new java.util.HashMap<>(Map.of("fingerprint", fingerprint, "note", note));
        if (override != null) {
            body.put("override", override);
        }
        return api(token).post().uri("/api/admin/publish").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(expected).expectBody(JSON).returnResult().getResponseBody();
    }

    private Map<String, Object> draft(String token) {
        return api(token).get().uri("/api/admin/draft").exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    private Map<String, Object> entry(String id, String token) {
        return api(token).get().uri("/api/admin/entries/" + id).exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    private WebTestClient api(String token) {
        return client.mutate().defaultHeader("Authorization", "Bearer " + token).responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    private String ask(String text) {
        return String.valueOf(client.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody().get("reply"));
    }

    private String chat(String text) {
        Map<String, Object> reply = client.post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("user", "edit-chat-" + System.nanoTime(), "text", text)).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        List<?> messages = (List<?>) reply.get("messages");
        return messages.stream().map(m -> String.valueOf(((Map<?, ?>) m).get("text"))).filter(t -> !t.startsWith("Xin chào") && t.length() > 80)
                .findFirst().orElse(String.valueOf(messages));
    }

    /** The edit form as the console fills it for an entry read from the API. */
    @SuppressWarnings("unchecked")
    static MultiValueMap<String, String> form(Map<String, Object> e) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("revision", String.valueOf(e.get("revision")));
        form.add("id", String.valueOf(e.get("id")));
        form.add("title", String.valueOf(e.get("title")));
        form.add("group", String.valueOf(e.get("group")));
        form.add("severity", String.valueOf(e.get("severity")));
        form.add("reviewed", String.valueOf(e.get("reviewed")));
        form.add("questions", String.join("\n", (List<String>) e.get("questions")));
        form.add("keywords", String.join("\n", (List<String>) e.get("keywords")));
        ((List<String>) e.get("related")).forEach(r -> form.add("related", r));
        form.add("sources", String.join("\n", ((List<Map<String, String>>) e.get("sources")).stream()
                .map(s -> s.get("title") + " | " + s.get("ref")).toList()));
        form.add("answer", String.valueOf(e.get("answer")));
        form.add("action", "save");
        return form;
    }
}
