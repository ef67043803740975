package vn.anm.assistant.knowledge.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw text into what the index sees, the same way for example questions and for citizens'
 * messages: clean, expand abbreviations that are not Vietnamese syllables ("mk" → "mật khẩu"),
 * drop question frames ("cho em hỏi", "làm sao"), and collect synonyms as extra readings.
 * Amounts of money read as words ("3tr" → "3 triệu", "50 k" → "50 nghìn"), and their number is neutral:
 * "mất 3 triệu" and "mất 150 triệu" tell the same topic.
 */
public final class TextPreparer {

    /** Long stories are cut here: beyond it words add noise, not evidence. */
    static final int MAX_TOKENS = 160;

    private final Lexicon lexicon;
    private final PhraseMatcher frames;
    private final PhraseMatcher neutral;
    private final PhraseMatcher synonyms;
    /** A number glued to a unit of money, as typed: "3tr", "500k", "1tỷ", "2tr5" (the last digits: "2 triệu 5"). */
    private static final Pattern GLUED_AMOUNT = Pattern.compile("(\\d+)(tr|triệu|trieu|k|nghìn|nghin|ngàn|ngan|tỷ|tỉ|ty|đ)(\\d*)");
    /** How each abbreviated unit reads after a number (a unit written out stays as written). */
    private static final Map<String, String> UNIT_READING = Map.of("tr", "triệu", "k", "nghìn", "đ", "đồng");
    /** Folded units of money: a number right before one of them is an amount. */
    private static final Set<String> UNITS = Set.of("trieu", "nghin", "ngan", "ti", "dong", "vnd", "usd");

    /** For each synonym phrase, the index of its group. */
    private final List<Integer> synonymGroupOf = new ArrayList<>();

    public TextPreparer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.frames = new PhraseMatcher(lexicon.frames());
        this.neutral = new PhraseMatcher(lexicon.neutralPhrases());
        List<List<String>> synonymPhrases = new ArrayList<>();
        for (int g = 0; g < lexicon.synonymGroups().size(); g++) {
            for (String phrase : lexicon.synonymGroups().get(g)) {
                synonymPhrases.add(List.of(VietnameseText.fold(phrase).split(" ")));
                synonymGroupOf.add(g);
            }
        }
        this.synonyms = new PhraseMatcher(synonymPhrases);
    }

    public PreparedText prepare(String raw) {
        List<String> tokens = VietnameseText.tokens(VietnameseText.clean(raw));
        if (tokens.size() > MAX_TOKENS) {
            tokens = tokens.subList(0, MAX_TOKENS);
        }
        List<String> expanded = new ArrayList<>();
        Set<String> alternatives = new LinkedHashSet<>();
        for (String token : tokens) {
            // an amount starts with a digit: most tokens need no regular expression
            Matcher amount = !token.isEmpty() && Character.isDigit(token.charAt(0)) ? GLUED_AMOUNT.matcher(token) : null;
            if (amount != null && amount.matches()) {
                expanded.add(amount.group(1));
                expanded.add(UNIT_READING.getOrDefault(amount.group(2), amount.group(2)));
                if (!amount.group(3).isEmpty()) {
                    expanded.add(amount.group(3));
                }
                continue;
            }
            if (UNIT_READING.containsKey(token) && !expanded.isEmpty() && isNumber(expanded.get(expanded.size() - 1))) {
                expanded.add(UNIT_READING.get(token)); // "50 k": nghìn, not không
                continue;
            }
            Lexicon.Abbreviation abbreviation = lexicon.abbreviations().get(VietnameseText.foldSyllable(token));
            if (abbreviation != null && (!SyllableRules.isSyllable(token) || writtenAsListed(token, abbreviation))) {
                expanded.addAll(VietnameseText.tokens(abbreviation.expansion()));
                alternatives.addAll(abbreviation.alternatives());
            } else {
                expanded.add(token);
            }
        }
        // Folded once: frames, synonyms and neutral words are all looked up by their folded syllables.
        List<String> expandedFolded = new ArrayList<>(expanded.size());
        for (String token : expanded) {
            expandedFolded.add(VietnameseText.foldSyllable(token));
        }
        boolean[] frame = matched(expandedFolded, frames);
        List<String> content = new ArrayList<>(expanded.size());
        List<String> folded = new ArrayList<>(expanded.size());
        for (int i = 0; i < expanded.size(); i++) {
            if (!frame[i]) {
                content.add(expanded.get(i));
                folded.add(expandedFolded.get(i));
            }
        }
        for (PhraseMatcher.Match match : synonyms.find(folded)) {
            alternatives.addAll(lexicon.synonymGroups().get(synonymGroupOf.get(match.phrase())));
        }
        boolean[] neutralWord = matched(folded, neutral);
        markAmountNumbers(folded, neutralWord);
        List<String> topical = new ArrayList<>(folded.size());
        List<String> topicalExact = new ArrayList<>(folded.size());
        for (int i = 0; i < folded.size(); i++) {
            if (!neutralWord[i]) {
                topical.add(folded.get(i));
                topicalExact.add(content.get(i));
            }
        }
        return new PreparedText(String.join(" ", content), topical, topicalExact, List.copyOf(alternatives));
    }

    /**
     * Teencode that is also a Vietnamese syllable ("bít" for biết, "mún" for muốn, "hỉu" for hiểu) is expanded
     * only when typed with exactly the listed diacritics: "bít" reads biết, "bịt" and "bit" stay as typed. A
     * listed token without diacritics never qualifies ("khum", "hem" are words as well).
     */
    private static boolean writtenAsListed(String token, Lexicon.Abbreviation abbreviation) {
        String listed = abbreviation.token();
        return token.equals(listed) && !listed.equals(VietnameseText.foldSyllable(listed));
    }

    /**
     * The numbers of an amount are neutral: a run of numbers right before a unit of money ("3 5 triệu" from
     * "3,5 triệu") and a number right after one ("2 triệu 5").
     */
    private static void markAmountNumbers(List<String> folded, boolean[] neutralWord) {
        for (int i = 0; i < folded.size(); i++) {
            if (!UNITS.contains(folded.get(i))) {
                continue;
            }
            for (int j = i - 1; j >= 0 && isNumber(folded.get(j)); j--) {
                neutralWord[j] = true;
            }
            if (i > 0 && isNumber(folded.get(i - 1)) && i + 1 < folded.size() && isNumber(folded.get(i + 1))) {
                neutralWord[i + 1] = true;
            }
        }
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /** Which tokens fall inside a match of the phrases. */
    private static boolean[] matched(List<String> folded, PhraseMatcher phrases) {
        boolean[] inside = new boolean[folded.size()];
        for (PhraseMatcher.Match match : phrases.find(folded)) {
            for (int j = match.start(); j < match.start() + match.length(); j++) {
                inside[j] = true;
            }
        }
        return inside;
    }
}
