package vn.anm.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.channel.delivery.PlatformAnswer;
import vn.anm.assistant.channel.delivery.SendFailure;

/**
 * Every OA API error code documented in ../shared/research/platform-apis.md §2.4 (Zalo answers most errors with
 * HTTP 200), and what it means for the reply part.
 */
class ZaloSendErrorsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "HTTP {0} {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # status | body                                        | kind      | reason             | tag      | platform-wide
            200      | {"error":0,"message":"Success"}             | DELIVERED | -                  | -        | -
            200      | {"error":-216,"message":"invalid token"}    | TRANSIENT | token-rejected-once | -216    | false
            200      | {"error":-220}                              | TRANSIENT | token-rejected-once | -220    | false
            200      | {"error":216}                               | TRANSIENT | token-rejected-once | 216     | false
            200      | {"error":-401}                              | TRANSIENT | token-rejected-once | -401    | false
            401      | {"error":401}                               | TRANSIENT | token-rejected-once | 401     | false
            200      | {"error":"-216"}                            | TRANSIENT | token-rejected-once | -216    | false
            200      | {"error":-32,"message":"rate limit"}        | TRANSIENT | rate-limited       | -32      | true
            200      | {"error":-100}                              | TRANSIENT | temporary          | -100     | true
            200      | {"error":-234}                              | TRANSIENT | curfew             | -234     | false
            200      | {"error":-211}                              | TRANSIENT | quota              | -211     | false
            200      | {"error":-218}                              | TRANSIENT | quota              | -218     | false
            200      | {"error":-201,"message":"invalid param"}    | PERMANENT | rejected           | -201     | false
            200      | {"error":-213,"message":"not follow"}       | PERMANENT | not-following      | -213     | false
            200      | {"error":-230}                              | PERMANENT | outside-window     | -230     | false
            200      | {"error":-232}                              | PERMANENT | outside-window     | -232     | false
            200      | {"error":-244}                              | PERMANENT | user-unavailable   | -244     | false
            200      | {"error":-217}                              | PERMANENT | user-unavailable   | -217     | false
            200      | {"error":-227}                              | PERMANENT | user-unavailable   | -227     | false
            500      | {"error":-216}                              | TRANSIENT | server-error       | http-500 | true
            503      | -                                           | TRANSIENT | server-error       | http-503 | true
            429      | -                                           | TRANSIENT | server-error       | http-429 | true
            200      | {"message":"ok?"}                           | UNCERTAIN | unreadable-answer  | none     | true
            200      | -                                           | UNCERTAIN | unreadable-answer  | none     | true
            404      | -                                           | PERMANENT | rejected           | http-404 | false
            """)
    void eachDocumentedErrorIsClassified(int status, String body, String kind, String reason, String tag, Boolean platformWide) {
        Optional<SendFailure> failure = ZaloSendClient.classify(new PlatformAnswer(status,
                body == null ? tools.jackson.databind.node.MissingNode.getInstance() : JSON.readTree(body)));
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
}
