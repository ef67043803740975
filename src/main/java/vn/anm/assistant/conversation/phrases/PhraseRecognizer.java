package vn.anm.assistant.conversation.phrases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises commands ("menu", "hủy", "liên hệ"…) and small talk ("chào", "cảm ơn", "ok", "tạm biệt")
 * typed with or without diacritics, alone or with polite fillers ("cảm ơn ad nhiều nhé"). A message
 * with anything else in it ("chào bạn, mình bị lừa") is not a phrase: it goes on to the knowledge base.
 * The phrases are the {@link Phrase} sets of the conversation vocabulary ({@link PhraseMatcher}).
 */
public final class PhraseRecognizer {

    /** A command or small talk is short: longer messages are questions. */
    private static final int MAX_WORDS = 8;
    private static final List<Phrase> SMALL_TALK_ORDER = List.of(Phrase.GOODBYE, Phrase.THANKS, Phrase.GREETING, Phrase.ACKNOWLEDGE);

    private final PhraseMatcher matcher;
    private final List<String> names = Arrays.stream(Phrase.values()).map(PhraseRecognizer::fileName).toList();

    public PhraseRecognizer(PhraseMatcher matcher) {
        this.matcher = matcher;
    }

    public Optional<Phrase> recognize(String text) {
        Optional<Set<String>> read = matcher.read(text, names, MAX_WORDS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        EnumSet<Phrase> found = EnumSet.noneOf(Phrase.class);
        read.get().forEach(name -> found.add(Phrase.valueOf(name.toUpperCase(Locale.ROOT))));
        Set<Phrase> commands = EnumSet.copyOf(found);
        commands.removeIf(Phrase::isSmallTalk);
        if (commands.size() == 1 && found.size() == 1) {
            return Optional.of(found.iterator().next());
        }
        if (!commands.isEmpty()) {
            return Optional.empty(); // "menu liên hệ": unclear, let the knowledge base try
        }
        return SMALL_TALK_ORDER.stream().filter(found::contains).findFirst();
    }

    private static String fileName(Phrase phrase) {
        return phrase.name().toLowerCase(Locale.ROOT);
    }
}
