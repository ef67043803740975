package vn.anm.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.anm.assistant.knowledge.analysis.VietnameseText;
import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * The content rules of the knowledge base beyond what the loader enforces: every required topic,
 * enough example questions of each kind, no unfinished text, no copies of the labelled sets, laws cited
 * from official publishers, contacts only through contacts.yaml, short legal sentences, no repetition, NFC.
 */
class KnowledgeContentTests {

    static final KnowledgeSnapshot snapshot = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
    private static final Pattern CONTACT_REF = Pattern.compile("\\{\\{contact:([a-z0-9-]+)\\}\\}");
    /** A sentence ends at . ! ? ; followed by a space (so 3.000 and 116/2025/QH15 stay whole). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");
    private static final Pattern UNFINISHED = Pattern.compile("(?i)TODO|FIXME|TBD|lorem|xxx|\\?\\?\\?|\\.\\.\\.|\\[[^\\]]*\\]\\(|\\*\\*|^#|<[a-z]+>", Pattern.MULTILINE);

    static Stream<Topic> topics() {
        return snapshot.topics().stream();
    }

    @Test
    void everyRequiredTopicHasItsEntry() throws IOException, URISyntaxException {
        Set<String> required = Files.readAllLines(fixture("topics.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).collect(Collectors.toSet());
        Set<String> present = snapshot.topics().stream().map(Topic::id).collect(Collectors.toSet());
        assertThat(required).hasSize(69);
        assertThat(present).containsAll(required);
    }

    /** The group and severity topics.tsv fixes for an entry are the ones it has (bat-coc-online is urgent). */
    @Test
    void entriesSitInTheGroupTheTopicListGivesThem() throws IOException, URISyntaxException {
        Map<String, Topic> byId = snapshot.topics().stream().collect(Collectors.toMap(Topic::id, t -> t));
        Files.readAllLines(fixture("topics.tsv"), StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t")).forEach(row -> assertThat(byId.get(row[0]).group()).as(row[0]).isEqualTo(row[1]));
        assertThat(byId.get("bat-coc-online").severity()).isEqualTo(Severity.URGENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void hasEnoughQuestionsOfEachKind(Topic topic) {
        List<String> questions = topic.questions();
        assertThat(questions).as("questions").hasSizeGreaterThanOrEqualTo(10);
        assertThat(questions.stream().filter(q -> q.chars().allMatch(c -> c < 128)).count()).as("without diacritics").isGreaterThanOrEqualTo(3);
        assertThat(questions.stream().filter(q -> isShortOrTeencode(q)).count()).as("short or teencode").isGreaterThanOrEqualTo(2);
        assertThat(questions.stream().filter(q -> q.split("\\s+").length >= 20).count()).as("narrative").isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void answerIsFinishedAndSourced(Topic topic) {
        assertThat(topic.answer()).doesNotContainPattern(UNFINISHED);
        assertThat(topic.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.ref()).isNotBlank());
        assertThat(topic.reviewed()).isNotNull();
        String firstLine = topic.answer().lines().findFirst().orElse("");
        assertThat(firstLine).as("the first line says the essential").doesNotStartWith("- ").isNotBlank();
        assertThat(topic.answer().lines().filter(l -> l.startsWith("- ")).count()).as("concrete steps").isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void urgentEntriesStartWithWhatToDoNow(Topic topic) {
        if (topic.severity() == Severity.URGENT) {
            assertThat(topic.answer().lines().findFirst().orElse("").length()).isLessThan(400);
            assertThat(topic.answer()).contains("{{contact:");
        }
    }

    /** A law is cited from the state's own publishers (fixtures/knowledge/official-publishers.txt), never a mirror or a newspaper. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void legalEntriesCiteOfficialPublishersOnly(Topic topic) throws IOException, URISyntaxException {
        if (!topic.group().equals("phap-luat")) {
            return;
        }
        List<Pattern> publishers = officialPublishers();
        assertThat(topic.sources()).allSatisfy(source -> {
            String host = host(source.ref());
            assertThat(publishers.stream().anyMatch(p -> p.matcher(host).matches()))
                    .as("%s: source '%s' (%s) is not an official publisher", topic.id(), source.title(), source.ref()).isTrue();
        });
    }

    @Test
    void theOfficialPublisherListAcceptsTheStateAndRefusesMirrors() throws IOException, URISyntaxException {
        List<Pattern> publishers = officialPublishers();
        for (String ok : List.of("https://vbpl.vn/", "https://vanban.chinhphu.vn/?pageid=27160&docid=218185",
                "https://congbao.chinhphu.vn/", "https://congan.laichau.gov.vn/x", "https://pbgdpl.moj.gov.vn:443/qt")) {
            assertThat(publishers.stream().anyMatch(p -> p.matcher(host(ok)).matches())).as(ok).isTrue();
        }
        for (String no : List.of("https://thuvienphapluat.vn/van-ban/x", "https://luatvietnam.vn/x", "https://github.com/diepxuan/diepxuan.github.io",
                "https://plo.vn/x", "https://thuviennhadat.vn/vbpl/x", "https://luatnguyen.vn/x", "https://danhmucvanbanphapluatvietnam.blogspot.com/x",
                "https://chinhphu.vn.example.com/", "https://fakechinhphu.vn/")) {
            assertThat(publishers.stream().anyMatch(p -> p.matcher(host(no)).matches())).as(no).isFalse();
        }
    }

    /**
     * Numbers and addresses live in contacts.yaml and reach an answer only through {{contact:key}}: a hand-typed
     * "113" or "tinnhiemmang.vn" would stay wrong when a contact changes, and would show where a contact is switched off.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void answersNeverTypeAContactByHand(Topic topic) {
        String typed = CONTACT_REF.matcher(topic.answer()).replaceAll(" ");
        List<String> found = new ArrayList<>();
        for (String number : contactNumbers()) {
            Matcher m = Pattern.compile("(?<![\\d.,/])" + Pattern.quote(number) + "(?![\\d.,/]\\d)").matcher(typed);
            while (m.find()) {
                String before = typed.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(java.util.Locale.ROOT);
                if (!before.matches(".*(điều|khoản) $")) {
                    found.add(number);
                }
            }
        }
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        for (String phrase : contactPhrases()) {
            if (lower.contains(phrase.toLowerCase(java.util.Locale.ROOT))) {
                found.add(phrase);
            }
        }
        assertThat(found).as("%s types by hand what contacts.yaml holds; write {{contact:key}} instead", topic.id()).isEmpty();
    }

    /** An answer says each thing once: no contact twice, no sentence twice. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void answersDoNotRepeatThemselves(Topic topic) {
        List<String> keys = new ArrayList<>();
        Matcher m = CONTACT_REF.matcher(topic.answer());
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertThat(keys).as("contacts referred to").doesNotHaveDuplicates();
        List<String> sentences = sentences(CONTACT_REF.matcher(topic.answer()).replaceAll("")).stream()
                .filter(s -> words(s) >= 5).map(KnowledgeContentTests::folded).toList();
        assertThat(sentences).as("sentences").doesNotHaveDuplicates();
    }

    /** Officers' words a citizen should not meet in an answer either (the review found "đối tượng" in two). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void answersUsePlainWords(Topic topic) {
        assertThat(topic.answer()).doesNotContainPattern("(?iu)đối tượng").doesNotContainPattern("\\bSTK\\b");
    }

    /** Legal entries are read by elderly citizens too: sentences of at most 25 words (the review found 40–83). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void legalSentencesAreShort(Topic topic) {
        if (!topic.group().equals("phap-luat")) {
            return;
        }
        List<String> tooLong = sentences(topic.answer()).stream().filter(s -> words(s) > 25).toList();
        assertThat(tooLong).as("%s: sentences over 25 words", topic.id()).isEmpty();
    }

    @Test
    void sentenceSplittingKeepsNumbersAndCodesWhole() {
        assertThat(sentences("Gần 3.000 người bị lừa. Luật số 116/2025/QH15 có hiệu lực!\n- Bước một; bước hai"))
                .containsExactly("Gần 3.000 người bị lừa.", "Luật số 116/2025/QH15 có hiệu lực!", "- Bước một;", "bước hai");
    }

    /** Every text file of the knowledge base and of the bot's own words is NFC (the loader checks entries only). */
    @Test
    void everyTextIsNfc() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("knowledge-base", "src/main/resources/messages", "src/test/resources/eval", "src/test/resources/fixtures")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(70);
        List<String> notNfc = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                notNfc.add(file.toString());
            }
        }
        assertThat(notNfc).isEmpty();
    }

    /**
     * The labelled sets measure the knowledge base from outside: no example question may equal one of their
     * messages (after folding). The dev sets are shipped in src/test/resources/eval, so this always runs.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"src/test/resources/eval/dev.jsonl", "src/test/resources/eval/dev-new-topics.jsonl", "src/test/resources/eval/probes.jsonl",
            "src/test/resources/eval/probes2.jsonl"})
    void noExampleQuestionCopiesALabelledMessage(String file) throws IOException {
        Set<String> labelled = EvalCommand.read(Path.of(file)).stream().map(LabelledMessage::text).map(KnowledgeContentTests::folded)
                .collect(Collectors.toSet());
        assertThat(labelled).hasSizeGreaterThan(90);
        List<String> copies = snapshot.topics().stream().flatMap(t -> t.questions().stream())
                .filter(q -> labelled.contains(folded(q))).toList();
        assertThat(copies).isEmpty();
    }

    /** The shipped copies stay the shared ones when the shared folder is there (a fresh clone has only the copies). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev.jsonl", "dev-new-topics.jsonl"})
    void shippedDevSetsEqualTheSharedOnes(String name) throws IOException {
        Path shared = Path.of("../shared/eval", name);
        if (Files.exists(shared)) {
            assertThat(Files.readString(Path.of("src/test/resources/eval", name))).isEqualTo(Files.readString(shared));
        }
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (String s : SENTENCE_END.split(line.strip())) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static int words(String sentence) {
        return (int) Stream.of(sentence.split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
    }

    private static List<String> contactNumbers() {
        Set<String> numbers = new java.util.TreeSet<>();
        for (Contact c : snapshot.contacts().values()) {
            if (c.value().matches("[\\d .]{3,}")) {
                numbers.add(c.value().replaceAll("[ .]", ""));
            }
        }
        return List.copyOf(numbers);
    }

    /** Addresses anywhere in a contact, and values long enough to be a phrase (the bank hotline's "số in ở mặt sau thẻ…"). */
    private static List<String> contactPhrases() {
        Set<String> phrases = new java.util.TreeSet<>();
        for (Contact c : snapshot.contacts().values()) {
            Matcher m = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/[a-z0-9-]+)*").matcher(c.rendered());
            while (m.find()) {
                phrases.add(m.group());
            }
            if (c.value().split("\\s+").length >= 4) {
                phrases.add(c.value());
            }
        }
        return List.copyOf(phrases);
    }

    private static List<Pattern> officialPublishers() throws IOException, URISyntaxException {
        return Files.readAllLines(fixture("official-publishers.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> Pattern.compile(Pattern.quote(l).replace("*", "\\E[a-z0-9.-]+\\Q"))).toList();
    }

    private static String host(String ref) {
        try {
            String host = URI.create(ref.strip()).getHost();
            return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(KnowledgeContentTests.class.getResource("/fixtures/knowledge/" + name).toURI());
    }

    private static boolean isShortOrTeencode(String question) {
        String[] words = question.trim().split("\\s+");
        return words.length <= 6 || Stream.of(words).map(w -> VietnameseText.foldSyllable(VietnameseText.clean(w)))
                .anyMatch(snapshot.lexicon().abbreviations()::containsKey);
    }

    private static String folded(String text) {
        return VietnameseText.fold(VietnameseText.clean(text));
    }
}
