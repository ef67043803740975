package vn.anm.assistant.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.anm.assistant.WholeResponseBodies;

/** POST /api/v1/ask over real HTTP: the contract, and bad input answered with a 4xx problem, never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anm.knowledge.watch=false")
@AutoConfigureWebTestClient(timeout = "PT60S") // a loaded CI machine can take more than the default 5 s
class AskApiTests {

    @Autowired
    WebTestClient web;

    @LocalManagementPort
    int managementPort;

    @Test
    void answersAClearQuestionWithItsTopicAndReply() {
        web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "có người gọi xưng là công an bắt tôi chuyển tiền vào tài khoản tạm giữ"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decision").isEqualTo("ANSWER")
                .jsonPath("$.topic").isEqualTo("gia-danh-cong-an")
                .jsonPath("$.confidence").value(c -> assertThat(((Number) c).doubleValue()).isBetween(0.0, 1.0))
                .jsonPath("$.reply").value(r -> assertThat((String) r).contains("113").doesNotContain("{{contact"))
                .jsonPath("$.candidates[0].topic").isEqualTo("gia-danh-cong-an")
                .jsonPath("$.candidates[0].title").isNotEmpty()
                .jsonPath("$.candidates.length()").value(n -> assertThat((Integer) n).isBetween(1, 3));
    }

    @Test
    void outOfScopeGetsAnHonestFallbackWithTheEmergencyLine() {
        web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Cách nấu phở bò ngon tại nhà"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decision").value(d -> assertThat(d).isNotEqualTo("ANSWER"))
                .jsonPath("$.topic").doesNotExist();
    }

    /** Bad bodies of both endpoints; the chat's is as strict as the ask's: a number is not text, even in the ignored {@code user}. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /api/v1/ask  | {"text": ""}
            /api/v1/ask  | {"text": "   "}
            /api/v1/ask  | {}
            /api/v1/ask  | {"text": null}
            /api/v1/ask  | {"text": "a"
            /api/v1/ask  | not json
            /api/v1/ask  | [1,2]
            /api/v1/ask  | {"text": 123}
            /api/v1/ask  | {"text": true}
            /api/v1/ask  | {"text": ["a"]}
            /api/v1/ask  | {"text": {"a": 1}}
            /api/v1/chat | {"text": 123}
            /api/v1/chat | {"user": 12345, "text": "chào"}
            /api/v1/chat | {"payload": 7}
            /api/v1/chat | {"text": false}
            /api/v1/chat | {"payload": ["menu"]}
            /api/v1/chat | {"text": "a"
            /api/v1/chat | []
            """)
    void badInputIsA400ProblemThatSaysWhy(String path, String body) {
        web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").isNotEmpty();
    }

    @Test
    void textOverTwoThousandCharactersIsRefusedWithItsLength() {
        web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "lừa ".repeat(600)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("2400").contains("2000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"🙏🙏🙏 cứu em với 😭", "\u200Bmật\u200B khẩu\u200B", "Привет 你好 mật khẩu", "x"})
    void oddButValidTextIsAnsweredNormally(String text) {
        web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", text))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.decision").isNotEmpty();
    }

    @Test
    void twoThousandRepeatedCharactersGiveAFallback() {
        web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "a".repeat(2000)))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.decision").isEqualTo("FALLBACK");
    }

    @Test
    void decomposedTextMatchesLikeComposedText() {
        String nfc = "Làm sao tạo mật khẩu mạnh?";
        for (String text : new String[] {nfc, Normalizer.normalize(nfc, Normalizer.Form.NFD)}) {
            web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("text", text))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.candidates[0].topic").isEqualTo("mat-khau-manh");
        }
    }

    /** No body at all, or a body of JSON null: the same 400 problem as the annotated controller's. */
    @Test
    void anEmptyOrNullBodyIsA400Problem() {
        web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("Invalid request content");
        web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).bodyValue("null")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("Invalid request content");
    }

    /** Over the codec's in-memory limit (256 KB): a 413 problem, never a 500. */
    @Test
    void aBodyOverTheSizeLimitIsA413Problem() {
        web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"" + "a".repeat(300_000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
    }

    @Test
    void anAcceptThatExcludesJsonIsA406Problem() {
        web.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_PLAIN)
                .bodyValue(Map.of("text", "mật khẩu"))
                .exchange()
                .expectStatus().isEqualTo(406)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        web.post().uri("/api/v1/ask").contentType(MediaType.TEXT_PLAIN).bodyValue("mật khẩu")
                .exchange()
                .expectStatus().isEqualTo(415).expectBody();
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnly() {
        WebTestClient management = WebTestClient.bindToServer().filter(WholeResponseBodies.READ_IN_FULL).baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(60)).build(); // as the injected client: a first scrape on a loaded machine
        management.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text).contains("jvm_memory_used_bytes"));
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound().expectBody();
        web.get().uri("/actuator/health").exchange().expectStatus().isNotFound().expectBody();
    }

    @Test
    void theChatPageIsServedAtTheRoot() {
        web.get().uri("/").exchange().expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("Trợ lý An ninh mạng").contains("chat.js"));
    }
}
