package vn.anm.assistant.conversation.phrases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.anm.assistant.knowledge.TextFolding;

/**
 * Recognises commands ("menu", "hủy", "liên hệ"…) and small talk ("chào", "cảm ơn", "ok", "tạm biệt")
 * typed with or without diacritics, alone or with polite fillers ("cảm ơn ad nhiều nhé"). A message
 * with anything else in it ("chào bạn, mình bị lừa") is not a phrase: it goes on to the knowledge base.
 */
public final class PhraseRecognizer {

    private static final Set<String> FILLERS = Set.of("a", "ah", "ak", "nha", "nhe", "ne", "oi", "ad", "admin", "bot",
            "ban", "em", "anh", "chi", "minh", "nhieu", "lam", "qua", "roi", "r", "nhi", "the", "vay", "ha", "ho", "nhen",
            "nhiu", "tro", "ly", "li", "chatbot", "moi", "nguoi", "voi", "vs", "rat", "much", "you");

    private static final Map<Phrase, List<String>> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put(Phrase.MENU, List.of("menu", "bat dau", "bat dau lai", "tro giup", "help", "start", "get started",
                "danh muc", "xem menu", "mo menu", "chu de", "cac chu de", "xem chu de", "quay lai menu", "trang chu", "huong dan"));
        PHRASES.put(Phrase.CANCEL, List.of("huy", "huy bo", "thoat", "dung lai", "cancel", "stop", "thoi", "bo qua", "exit"));
        PHRASES.put(Phrase.CONTACTS, List.of("lien he", "lien he co quan chuc nang", "lien he co quan", "so lien he",
                "so dien thoai lien he", "hotline", "duong day nong", "contact"));
        PHRASES.put(Phrase.GOODBYE, List.of("tam biet", "chao tam biet", "bye", "bye bye", "bai", "bai bai", "goodbye",
                "hen gap lai", "pp"));
        PHRASES.put(Phrase.THANKS, List.of("cam on", "cam ta", "thanks", "thank", "thank you", "tks", "thks", "thx", "camon", "cmon"));
        PHRASES.put(Phrase.GREETING, List.of("chao", "xin chao", "hello", "hi", "helo", "alo", "a lo", "hey", "chao buoi sang",
                "chao buoi chieu", "chao buoi toi", "kinh chao", "good morning"));
        PHRASES.put(Phrase.ACKNOWLEDGE, List.of("ok", "oke", "okay", "okie", "oki", "okela", "uk", "um", "uhm", "u", "vang",
                "da", "duoc", "dc", "hieu", "da hieu", "ro", "biet", "da biet", "tot", "hay"));
    }

    /** Phrases longest first, so "chao tam biet" wins over "chao". */
    private static final List<Map.Entry<Phrase, List<String>>> BY_LENGTH = PHRASES.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(p -> Map.entry(e.getKey(), Arrays.asList(p.split(" ")))))
            .sorted(Comparator.comparingInt((Map.Entry<Phrase, List<String>> e) -> e.getValue().size()).reversed())
            .toList();

    public Optional<Phrase> recognize(String text) {
        List<String> tokens = new ArrayList<>(Arrays.asList(TextFolding.fold(text).split(" ")));
        tokens.removeIf(String::isEmpty);
        if (tokens.isEmpty() || tokens.size() > 8) {
            return Optional.empty();
        }
        EnumSet<Phrase> found = EnumSet.noneOf(Phrase.class);
        int i = 0;
        while (i < tokens.size()) {
            int consumed = consume(tokens, i, found);
            if (consumed == 0) {
                if (!FILLERS.contains(tokens.get(i))) {
                    return Optional.empty();
                }
                consumed = 1;
            }
            i += consumed;
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Set<Phrase> commands = EnumSet.copyOf(found);
        commands.removeIf(Phrase::isSmallTalk);
        if (commands.size() == 1 && found.size() == 1) {
            return Optional.of(found.iterator().next());
        }
        if (!commands.isEmpty()) {
            return Optional.empty(); // "menu liên hệ": unclear, let the knowledge base try
        }
        for (Phrase phrase : List.of(Phrase.GOODBYE, Phrase.THANKS, Phrase.GREETING, Phrase.ACKNOWLEDGE)) {
            if (found.contains(phrase)) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    private static int consume(List<String> tokens, int at, Set<Phrase> found) {
        for (Map.Entry<Phrase, List<String>> phrase : BY_LENGTH) {
            List<String> words = phrase.getValue();
            if (at + words.size() <= tokens.size() && tokens.subList(at, at + words.size()).equals(words)) {
                found.add(phrase.getKey());
                return words.size();
            }
        }
        return 0;
    }
}
