package vn.anm.assistant.moderation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.knowledge.KnowledgeStore.Drafted;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.Severity;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.knowledge.Topic;

/** The admin API's request and response bodies. */
final class ApiTypes {

    private ApiTypes() {
    }

    /** An entry to create or change; {@code revision} is the one read (0 to create), for optimistic locking. */
    record EntryRequest(@Nullable String id, @Nullable String title, @Nullable String group, @Nullable String severity,
            @Nullable List<String> questions, @Nullable List<String> keywords, @Nullable List<String> related, @Nullable List<Source> sources,
            @Nullable String reviewed, @Nullable String answer, @Nullable Integer revision) {

        Topic topic(String pathId) {
            Severity parsed;
            try {
                parsed = Severity.valueOf(String.valueOf(severity).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiProblems.one(pathId, "severity", "Mức độ (severity) phải là info, warning hoặc urgent.");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(String.valueOf(reviewed));
            } catch (RuntimeException e) {
                throw ApiProblems.one(pathId, "reviewed", "Ngày rà soát (reviewed) phải có dạng 2026-11-29.");
            }
            return new Topic(pathId, text(title), text(group), parsed, list(questions), list(keywords), list(related),
                    sources == null ? List.of() : sources.stream().map(s -> new Source(text(s.title()), text(s.ref()))).toList(),
                    date, answer == null ? "" : answer.replace("\r\n", "\n").strip());
        }

        int revisionOrZero() {
            return revision == null ? 0 : revision;
        }
    }

    record EntryView(String id, String title, String group, String severity, List<String> questions, List<String> keywords,
            List<String> related, List<Source> sources, String reviewed, String answer, int revision, String state, String updatedBy,
            Instant updatedAt) {

        static EntryView of(Drafted<Topic> d) {
            Topic t = d.value();
            return new EntryView(t.id(), t.title(), t.group(), t.severity().name().toLowerCase(Locale.ROOT), t.questions(), t.keywords(),
                    t.related(), t.sources(), String.valueOf(t.reviewed()), t.answer(), d.revision(), d.state().name(), d.updatedBy(),
                    d.updatedAt());
        }
    }

    record EntrySummary(String id, String title, String group, String severity, int questions, int revision, String state) {

        static EntrySummary of(Drafted<Topic> d) {
            Topic t = d.value();
            return new EntrySummary(t.id(), t.title(), t.group(), t.severity().name().toLowerCase(Locale.ROOT), t.questions().size(),
                    d.revision(), d.state().name());
        }
    }

    record ChangeView(String change, String kind, String key, String label) {

        static ChangeView of(KnowledgeStore.ItemChange c) {
            return new ChangeView(c.change().name(), c.kind().name(), c.key(), c.label());
        }
    }

    record DraftView(long liveVersion, String fingerprint, int entries, List<String> retired, List<ChangeView> changes) {
    }

    record ContactsRequest(@Nullable List<Contact> contacts, @Nullable Integer revision) {
    }

    record ContactsView(List<Contact> contacts, int revision, String state) {
    }

    record LexiconRequest(@Nullable LexiconTables lexicon, @Nullable Integer revision) {
    }

    record LexiconView(LexiconTables lexicon, int revision, String state) {
    }

    record TryRequest(@Nullable String text) {
    }

    record PublishRequest(@Nullable String fingerprint, @Nullable String note, @Nullable String override) {
    }

    record RollbackRequest(@Nullable String note) {
    }

    record TestQuestionRequest(@Nullable String text, @Nullable String topic, @Nullable String style) {
    }

    record AddToEntryRequest(@Nullable String topic) {
    }

    record AccountRequest(@Nullable String username, @Nullable String displayName, @Nullable List<String> roles, @Nullable String password,
            @Nullable Boolean disabled) {
    }

    record AccountView(String username, String displayName, List<String> roles, boolean mustChangePassword, boolean totpEnabled,
            boolean disabled, Instant createdAt) {
    }

    record TokenRequest(@Nullable String name) {
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static List<String> list(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
