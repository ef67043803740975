package vn.anm.assistant.scamcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.anm.assistant.moderation.ConsoleContext;

/**
 * The scam check through the real web chat API: no connection ever goes to a checked address (a loopback server
 * named in a message receives nothing), checked numbers are kept only as keyed hashes and never logged, and bad
 * input (50 links, 2,000 digits, malformed IDNs, mixed scripts, javascript: links) gets a normal reply.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScamCheckIntegrationTests extends ConsoleContext {

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;

    @SuppressWarnings("unchecked")
    Map<String, Object> chat(String text) {
        return client.post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static String text(Map<String, Object> reply) {
        return ((List<Map<String, Object>>) reply.get("messages")).stream().map(m -> String.valueOf(m.get("text"))).collect(Collectors.joining("\n"));
    }

    @Test
    void aLoopbackServerNamedInAMessageReceivesNothing() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepter = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            accepter.setDaemon(true);
            accepter.start();
            int port = server.getLocalPort();
            Map<String, Object> reply = chat("http://127.0.0.1:" + port + "/login và https://127.0.0.1:" + port + "/xac-thuc/otp.apk, còn http://localhost:"
                    + port + "/ cũng gửi cho tôi");
            assertThat(reply.get("decision")).isEqualTo("SCAM_CHECK");
            assertThat(text(reply)).contains("ĐÁNG NGỜ", "địa chỉ IP").doesNotContain("http://127.0.0.1");
            chat("127.0.0.1:" + port + "/dang-nhap");
            Thread.sleep(2000); // long enough for any preview, prefetch or tracking request to arrive
            assertThat(connections.get()).as("connections to the address named in the message").isZero();
        }
    }

    @Test
    void checkedNumbersAreKeptOnlyAsKeyedHashesAndNeverLogged(CapturedOutput output) {
        String phone = "0903" + String.valueOf(System.nanoTime()).substring(4, 10);
        String account = "7788" + String.valueOf(System.nanoTime()).substring(3, 11);
        assertThat(text(chat("số " + phone + " gọi cho tôi"))).contains("CHƯA CÓ THÔNG TIN", phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain(phone);
        assertThat(text(chat("stk " + account + " vietinbank"))).contains("CHƯA CÓ THÔNG TIN").doesNotContain(account);
        List<Map<String, Object>> rows = db.sql("SELECT * FROM scam_item_tally").fetch().all().collectList().block();
        assertThat(rows).isNotEmpty();
        assertThat(rows.toString()).doesNotContain(phone).doesNotContain(account);
        assertThat(rows).anyMatch(r -> String.valueOf(r.get("value_hash")).matches("[0-9a-f]{64}"));
        assertThat(output.getAll()).doesNotContain(phone).doesNotContain(account);
    }

    @Test
    void badInputGetsANormalReply() {
        String fifty = IntStream.range(0, 50).mapToObj(i -> "http://lua-dao-" + i + ".top/x").collect(Collectors.joining(" "));
        Map<String, Object> many = chat(fifty);
        assertThat(many.get("decision")).isEqualTo("SCAM_CHECK");
        assertThat(text(many).split("ĐÁNG NGỜ", -1)).hasSizeLessThanOrEqualTo(6); // five items checked at most
        assertThat(chat("1".repeat(2000)).get("decision")).isNotNull();
        assertThat(chat("9".repeat(1000) + " " + "8".repeat(999)).get("decision")).isNotNull();
        for (String odd : List.of("xn--.com", "http://xn--zz-.vn/abc", "http://xn--vietcmbank-yij.com", "аpple.com", "vіetcombank.com/login",
                "javascript:alert(1)", "JaVaScRiPt:fetch('//evil.top')", "http://[::1/", "http://@/", "http://a..b.com", "http://" + "a.".repeat(200) + "com",
                "data:text/html;base64,PHNjcmlwdD4=", "\u200b\u200c\u200d", "viet\u200dcombank\u2060.top")) {
            Map<String, Object> reply = chat(odd);
            assertThat(reply.get("messages")).as(odd).isNotNull();
            assertThat(text(reply)).as(odd).doesNotContain("javascript:", "JaVaScRiPt:", "data:text");
        }
        assertThat(text(chat("vіetcombank.com/login"))).contains("ĐÁNG NGỜ"); // a Cyrillic і
    }

    @Test
    void answersComeWithinTheUsualTime() {
        long start = System.nanoTime();
        chat(IntStream.range(0, 50).mapToObj(i -> "0" + (900000000 + i * 7919)).collect(Collectors.joining(", ")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20)); // generous: a loaded CI machine
    }
}
