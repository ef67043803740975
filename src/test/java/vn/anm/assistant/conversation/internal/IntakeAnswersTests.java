package vn.anm.assistant.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.Words;
import vn.anm.assistant.report.Counterpart;

/** The intake's reading of typed words and answers, from fixtures/conversation/intake-answers.yaml. */
class IntakeAnswersTests {

    private static final Map<String, Object> FIXTURE = load();
    private static final PhraseMatcher WORDS = PhraseMatcher.standard();

    @Test
    void onlyAnExplicitDongYIsConsent() {
        check("consent", text -> WORDS.says(Words.CONSENT, text));
    }

    @Test
    void onlyAClearNoIsARefusalOfConsent() {
        check("decline", text -> WORDS.says(Words.DECLINE, text));
    }

    @Test
    void skipWordsDoNotSwallowAnswers() {
        check("skip", text -> WORDS.says(Words.SKIP, text));
    }

    @Test
    void deletionIsRecognisedWithOrWithoutDiacritics() {
        check("deletion", text -> WORDS.says(Words.DELETE, text));
    }

    @Test
    void typedStartIsTheCommandNotAQuestionAboutReporting() {
        check("start", text -> WORDS.says(Words.REPORT_START, text));
    }

    @Test
    @SuppressWarnings("unchecked")
    void amountsAreReadIntoDong() {
        ((Map<String, Object>) FIXTURE.get("money")).forEach((told, dong) ->
                assertThat(MoneyReader.amountDong(told)).as(told).isEqualTo(dong == null ? null : ((Number) dong).longValue()));
    }

    @Test
    void counterpartSplitsPhonesLinksAccountAndBank() {
        Counterpart read = new CounterpartReader(new BankNames(new ReplyTexts(ConversationConfiguration.TEXTS)))
                .read("SĐT 0912 345 678 và +84 987 654 321, zalo Thu Trang, stk 190312345678 tcb, link https://vietcombank-hotro.top/login");
        assertThat(read.phoneNumbers()).containsExactly("0912345678", "+84987654321");
        assertThat(read.links()).containsExactly("https://vietcombank-hotro.top/login");
        assertThat(read.bankAccount()).isEqualTo("190312345678");
        assertThat(read.bank()).isEqualTo("Techcombank");
        assertThat(read.accountNames()).containsExactly("Thu Trang");
    }

    @SuppressWarnings("unchecked")
    private static void check(String section, Predicate<String> recognised) {
        Map<String, List<String>> cases = (Map<String, List<String>>) FIXTURE.get(section);
        cases.get("recognised").forEach(text -> assertThat(recognised.test(text)).as("%s: '%s'", section, text).isTrue());
        cases.get("not_recognised").forEach(text -> assertThat(recognised.test(text)).as("%s: '%s'", section, text).isFalse());
    }

    private static Map<String, Object> load() {
        try (InputStream in = IntakeAnswersTests.class.getClassLoader().getResourceAsStream("fixtures/conversation/intake-answers.yaml")) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
