package vn.anm.assistant.conversation.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.phrases.Phrase;
import vn.anm.assistant.conversation.phrases.PhraseRecognizer;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.knowledge.TextFolding;

/**
 * Typed messages that need no search: commands ("menu", "hủy", "liên hệ"), small talk, a main-menu
 * title typed instead of pressed ("pháp luật"), and a number picking one of the topics just offered.
 */
final class ShortcutHandler {

    private static final Pattern NUMBER = Pattern.compile("\\s*(?:số\\s*)?(\\d{1,2})\\s*[.)]?\\s*");

    private final PhraseRecognizer phrases;
    private final MenuReplies menu;
    private final PayloadHandler payloads;

    ShortcutHandler(PhraseRecognizer phrases, MenuReplies menu, PayloadHandler payloads) {
        this.phrases = phrases;
        this.menu = menu;
        this.payloads = payloads;
    }

    /** "menu", "hủy", "liên hệ": they leave any flow. */
    Optional<Mono<Turn>> command(String text, InboundMessage message, ConversationState state, Instant now) {
        return phrases.recognize(text).filter(p -> !p.isSmallTalk()).map(phrase -> Mono.just(switch (phrase) {
            case CANCEL -> menu.cancelled(state, now);
            case CONTACTS -> menu.contacts(state, now);
            default -> menu.welcome(state, now);
        }));
    }

    /** "menu" and "liên hệ" leave a flow; "hủy", "bỏ qua" mean something inside the report intake. */
    boolean leavesFlow(String text) {
        return phrases.recognize(text).filter(p -> p == Phrase.MENU || p == Phrase.CONTACTS).isPresent();
    }

    Optional<Mono<Turn>> shortcut(String text, InboundMessage message, ConversationState state, boolean fresh, Instant now) {
        Optional<Phrase> smallTalk = phrases.recognize(text).filter(Phrase::isSmallTalk);
        if (smallTalk.isPresent()) {
            Phrase phrase = smallTalk.get();
            if (!fresh || phrase == Phrase.GOODBYE) {
                return Optional.of(Mono.just(menu.smallTalk(phrase, state, now)));
            }
            // A first "chào" gets the whole welcome; a first "cảm ơn" or "ok" a one-line one with the reply.
            return Optional.of(Mono.just(phrase == Phrase.GREETING ? menu.welcome(state, now) : menu.firstSmallTalk(phrase, state, now)));
        }
        Optional<String> titled = menu.payloadForTitle(TextFolding.fold(text));
        if (titled.isPresent()) {
            return Optional.of(payloads.handle(titled.get(), message, state, now));
        }
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            int index = Integer.parseInt(number.group(1)) - 1;
            if (index >= 0 && index < state.offered().size()) {
                return Optional.of(payloads.handle(Payloads.topic(state.offered().get(index)), message, state, now));
            }
            return Optional.of(Mono.just(menu.welcome(state, now))); // a number with nothing to pick from
        }
        return Optional.empty();
    }
}
