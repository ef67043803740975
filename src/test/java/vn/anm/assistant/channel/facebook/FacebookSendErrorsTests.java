package vn.anm.assistant.channel.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import vn.anm.assistant.channel.delivery.PlatformAnswer;
import vn.anm.assistant.channel.delivery.SendFailure;

/**
 * Every Send API error documented in ../shared/research/platform-apis.md §1.5, and what it means for the
 * reply part: taken, try again later (the whole platform waits, or only this part), never, or unknown.
 */
class FacebookSendErrorsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "HTTP {0} code {1}/{2} → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # status | code | subcode | kind      | reason           | tag           | platform-wide
            200      | -    | -       | DELIVERED | -                | -             | -
            200      | 2    | -       | TRANSIENT | temporary        | 2             | true
            500      | 2    | -       | TRANSIENT | temporary        | 2             | true
            400      | 1200 | -       | TRANSIENT | temporary        | 1200          | true
            400      | 4    | -       | TRANSIENT | rate-limited     | 4             | true
            400      | 32   | -       | TRANSIENT | rate-limited     | 32            | true
            400      | 613  | -       | TRANSIENT | rate-limited     | 613           | true
            400      | 190  | -       | TRANSIENT | invalid-token    | 190           | true
            400      | 190  | 460     | TRANSIENT | invalid-token    | 190/460       | true
            400      | 551  | 1545041 | PERMANENT | user-unavailable | 551/1545041   | false
            400      | 551  | -       | PERMANENT | user-unavailable | 551           | false
            400      | 10   | 2018278 | PERMANENT | outside-window   | 10/2018278    | false
            400      | 10   | -       | PERMANENT | rejected         | 10            | false
            400      | 100  | 2018001 | PERMANENT | rejected         | 100/2018001   | false
            403      | 200  | -       | PERMANENT | rejected         | 200           | false
            403      | 230  | -       | PERMANENT | rejected         | 230           | false
            500      | -    | -       | TRANSIENT | server-error     | http-500      | true
            503      | 99   | -       | TRANSIENT | server-error     | 99            | true
            429      | -    | -       | TRANSIENT | server-error     | http-429      | true
            404      | -    | -       | PERMANENT | rejected         | http-404      | false
            """)
    void eachDocumentedErrorIsClassified(int status, Integer code, Integer subcode, String kind, String reason, String tag,
            Boolean platformWide) {
        Optional<SendFailure> failure = FacebookSendClient.classify(new PlatformAnswer(status, body(code, subcode)));
        if (kind.equals("DELIVERED")) {
            assertThat(failure).isEmpty();
            return;
        }
        assertThat(failure).hasValueSatisfying(f -> {
            assertThat(f.kind()).hasToString(kind);
            assertThat(f.reason()).isEqualTo(reason);
            assertThat(f.code()).isEqualTo(tag);
            assertThat(f.platformWide()).isEqualTo(platformWide);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            200 | {"recipient_id":"1","message_id":"m"}
            200 | {}
            """)
    void aTwoHundredWithoutAnErrorIsTaken(int status, String body) {
        assertThat(FacebookSendClient.classify(new PlatformAnswer(status, JSON.readTree(body)))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"502", "504"})
    void aGatewayPageThatIsNotJsonIsAServerError(int status) {
        assertThat(FacebookSendClient.classify(new PlatformAnswer(status, MissingNode.getInstance())))
                .hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("server-error"));
    }

    private static tools.jackson.databind.JsonNode body(Integer code, Integer subcode) {
        if (code == null) {
            return MissingNode.getInstance();
        }
        String sub = subcode == null ? "" : ",\"error_subcode\":" + subcode;
        return JSON.readTree("{\"error\":{\"message\":\"m\",\"type\":\"OAuthException\",\"code\":" + code + sub
                + ",\"fbtrace_id\":\"x\"}}");
    }
}
