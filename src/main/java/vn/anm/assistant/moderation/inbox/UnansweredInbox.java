package vn.anm.assistant.moderation.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.conversation.UnansweredLog;
import vn.anm.assistant.conversation.UnansweredQuestion;
import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * What the bot could not answer outright (FALLBACK, CLARIFY) and the 👎 votes, for moderators: messages
 * are grouped by similarity of their syllables as the matcher weighs them (the live version's analysis:
 * teencode expanded, polite frames dropped, diacritics folded), counted, newest or most frequent first. The
 * texts are the conversation's masked ones; no user id exists to show. A handled message leaves the inbox.
 */
public final class UnansweredInbox {

    /** Messages read from the conversation's log per look (newest first). */
    static final int WINDOW = 2000;
    static final double SIMILAR = 0.5;
    private static final java.util.regex.Pattern MASK = java.util.regex.Pattern.compile("\\[[^\\]]{1,30}\\]");

    public enum Order {
        NEWEST, MOST
    }

    public record Message(String fingerprint, String text, ChannelKind channel, Instant at, String decision, List<Candidate> candidates) {
    }

    public record Group(String key, String sample, int count, Instant newest, Instant oldest, Set<ChannelKind> channels, List<Message> messages,
            List<Candidate> suggested) {
    }

    public record Disliked(String topic, String title, long notHelpful, long helpful) {
    }

    private final UnansweredLog unanswered;
    private final FeedbackLog feedback;
    private final KnowledgeStore store;
    private final DatabaseClient db;
    private final Clock clock;

    public UnansweredInbox(UnansweredLog unanswered, FeedbackLog feedback, KnowledgeStore store, DatabaseClient db, Clock clock) {
        this.unanswered = unanswered;
        this.feedback = feedback;
        this.store = store;
        this.db = db;
        this.clock = clock;
    }

    public Mono<List<Group>> groups(Order order) {
        KnowledgeEdition live = store.live();
        return Mono.zip(unanswered.recent(WINDOW).collectList(), handled())
                .publishOn(Schedulers.boundedElastic())
                .map(t -> group(t.getT1().stream().map(UnansweredInbox::message).filter(m -> !t.getT2().contains(m.fingerprint())).toList(),
                        live, order));
    }

    public Mono<Group> group(String key) {
        return groups(Order.NEWEST).flatMap(groups -> Mono.justOrEmpty(groups.stream().filter(g -> g.key().equals(key)).findFirst()));
    }

    /** Entries with the most 👎, worst first. */
    public Mono<List<Disliked>> disliked() {
        KnowledgeEdition live = store.live();
        return feedback.tallies().map(tallies -> tallies.entrySet().stream()
                .filter(e -> e.getValue().notHelpful() > 0)
                .map(e -> new Disliked(e.getKey(), live.topic(e.getKey()).map(t -> t.title()).orElse(e.getKey()), e.getValue().notHelpful(),
                        e.getValue().helpful()))
                .sorted(Comparator.comparingLong(Disliked::notHelpful).reversed())
                .toList());
    }

    /** Takes the group's messages out of the inbox, saying what was done. */
    public Mono<Integer> handle(Group group, String outcome, String actor) {
        Instant now = clock.instant();
        return Flux.fromIterable(group.messages())
                .concatMap(m -> db.sql("""
                        INSERT INTO console_unanswered_handled (fingerprint, handled_at, handled_by, outcome) VALUES (:f, :at, :by, :outcome)
                        """)
                        .bind("f", m.fingerprint()).bind("at", SqlTimestamps.at(now)).bind("by", actor)
                        .bind("outcome", outcome.length() > 160 ? outcome.substring(0, 160) : outcome)
                        .then()
                        .onErrorResume(org.springframework.dao.DuplicateKeyException.class, e -> Mono.empty()))
                .then(Mono.just(group.count()));
    }

    private Mono<Set<String>> handled() {
        return db.sql("SELECT fingerprint FROM console_unanswered_handled").map(row -> row.get("fingerprint", String.class)).all()
                .collect(HashSet::new, Set::add);
    }

    static Message message(UnansweredQuestion q) {
        String fingerprint = vn.anm.assistant.moderation.security.Fingerprints.of(q.at() + "|" + q.channel() + "|" + q.maskedText());
        return new Message(fingerprint, q.maskedText(), q.channel(), q.at(), q.decision().name(), q.candidates());
    }

    static List<Group> group(List<Message> messages, KnowledgeEdition analysis, Order order) {
        record Building(Set<String> terms, List<Message> messages) {
        }
        List<Building> groups = new ArrayList<>();
        for (Message message : messages) {
            // the masks ("[số điện thoại]") say nothing about what was asked
            Set<String> terms = new HashSet<>(analysis.terms(MASK.matcher(message.text()).replaceAll(" ")));
            Building home = null;
            double best = SIMILAR;
            for (Building g : groups) {
                double similarity = similarity(terms, g.terms());
                if (similarity >= best) {
                    best = similarity;
                    home = g;
                }
            }
            if (home == null) {
                groups.add(new Building(terms, new ArrayList<>(List.of(message))));
            } else {
                home.messages().add(message);
            }
        }
        List<Group> result = new ArrayList<>();
        for (Building g : groups) {
            List<Message> ms = g.messages().stream().sorted(Comparator.comparing(Message::at).reversed()).toList();
            Set<ChannelKind> channels = EnumSet.noneOf(ChannelKind.class);
            ms.forEach(m -> channels.add(m.channel()));
            Map<String, Candidate> suggested = new LinkedHashMap<>();
            ms.stream().flatMap(m -> m.candidates().stream()).sorted(Comparator.comparingDouble(Candidate::confidence).reversed())
                    .forEach(c -> suggested.putIfAbsent(c.topic(), c));
            String oldest = ms.get(ms.size() - 1).fingerprint();
            result.add(new Group(oldest.substring(0, Math.min(16, oldest.length())), ms.get(0).text(), ms.size(), ms.get(0).at(),
                    ms.get(ms.size() - 1).at(), channels, ms, suggested.values().stream().limit(3).toList()));
        }
        Comparator<Group> newest = Comparator.comparing(Group::newest).reversed();
        result.sort(order == Order.MOST ? Comparator.comparingInt(Group::count).reversed().thenComparing(newest) : newest);
        return result;
    }

    /**
     * Jaccard of the two sets of syllables, or — when one message says the other one's words and more ("lịch cắt điện
     * Cao Lộc" / "lịch cắt điện Cao Lộc tuần này ra sao") — their overlap, if it is at least three syllables.
     */
    static double similarity(Set<String> a, Set<String> b) {
        double jaccard = jaccard(a, b);
        int common = common(a, b);
        double overlap = Math.min(a.size(), b.size()) == 0 ? 0 : (double) common / Math.min(a.size(), b.size());
        return common >= 3 && overlap >= 0.75 ? Math.max(jaccard, SIMILAR) : jaccard;
    }

    private static int common(Set<String> a, Set<String> b) {
        int common = 0;
        for (String term : a) {
            if (b.contains(term)) {
                common++;
            }
        }
        return common;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String term : a) {
            if (b.contains(term)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
