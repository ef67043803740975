package vn.anm.assistant.conversation.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.r2dbc.core.DatabaseClient;

import vn.anm.assistant.report.ReportDesk;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.ConversationStateStore;
import vn.anm.assistant.conversation.state.IntakeStep;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.Reporter;

/**
 * A script's {@code stored:} check, through the report module's API and the database:
 * <pre>
 * stored:
 *   draft: none                       # no draft for this user (or: present, or a map of fields below)
 *   draft: { kind: IMPERSONATION, occurredWhen: "sáng nay", moneyAmount: 50000000 }
 *   new_reports: 1                    # incident_report rows added since the script began
 *   submitted: true                   # the reply's reference code (LS-…) names a committed report
 *   scam_queue: 1                     # (#17) reports in the scam-check review queue added since the script began
 * </pre>
 */
final class StoredData {

    static final Set<String> KEYS = Set.of("draft", "new_reports", "submitted", "scam_queue");

    private static final Pattern REFERENCE = Pattern.compile("LS-\\d{8}-\\d{4,}");

    private static final Map<String, Function<ReportDraft, Object>> FIELDS = Map.ofEntries(
            Map.entry("kind", d -> d.answers().kind() == null ? null : d.answers().kind().name()),
            Map.entry("whatHappened", d -> d.answers().whatHappened()),
            Map.entry("occurredWhen", d -> d.answers().occurredWhen()),
            Map.entry("contactChannel", d -> d.answers().contactChannel() == null ? null : d.answers().contactChannel().name()),
            Map.entry("phoneNumbers", d -> d.answers().counterpart().phoneNumbers()),
            Map.entry("links", d -> d.answers().counterpart().links()),
            Map.entry("accountNames", d -> d.answers().counterpart().accountNames()),
            Map.entry("bankAccount", d -> d.answers().counterpart().bankAccount()),
            Map.entry("bank", d -> d.answers().counterpart().bank()),
            Map.entry("moneyAsTold", d -> d.answers().moneyLost() == null ? null : d.answers().moneyLost().asTold()),
            Map.entry("moneyAmount", d -> d.answers().moneyLost() == null ? null : d.answers().moneyLost().amountDong()),
            Map.entry("moneyBank", d -> d.answers().moneyLost() == null ? null : d.answers().moneyLost().bank()),
            Map.entry("commune", d -> d.answers().commune()),
            Map.entry("callbackPhone", d -> d.answers().callbackPhone()),
            Map.entry("notes", d -> d.answers().notes()));

    private final ReportIntake intake;
    private final ReportDesk desk;
    private final DatabaseClient database;
    private final ConversationStateStore states;

    StoredData(ReportIntake intake, ReportDesk desk, DatabaseClient database, ConversationStateStore states) {
        this.states = states;
        this.intake = intake;
        this.desk = desk;
        this.database = database;
    }

    private long scamQueueBefore;

    /** #17: "KIND value | trick" lines put on the scam-check blocklist (kept if already there); the queue counted from here. */
    void blocklist(vn.anm.assistant.scamcheck.ScamLists lists, java.util.List<String> items) {
        for (String line : items) {
            String[] parts = line.split("\\|", 2);
            String[] head = parts[0].strip().split("\\s+", 2);
            var entry = new vn.anm.assistant.scamcheck.ListEntry(vn.anm.assistant.scamcheck.ItemKind.valueOf(head[0]), head[1],
                    parts.length > 1 ? parts[1].strip() : null, "kịch bản thử", "kịch bản thử");
            lists.add(vn.anm.assistant.scamcheck.ListKind.BLOCK, entry, "script")
                    .onErrorResume(vn.anm.assistant.scamcheck.ListRefused.class, already -> reactor.core.publisher.Mono.empty()).block();
        }
        scamQueueBefore = scamQueueCount();
    }

    long scamQueueCount() {
        return database.sql("SELECT COUNT(*) AS n FROM scam_review_queue").map(row -> ((Number) row.get("n")).longValue()).one().block();
    }

    long reportCount() {
        return database.sql("SELECT COUNT(*) AS n FROM incident_report").map(row -> row.get("n", Long.class)).one().block();
    }

    @SuppressWarnings("unchecked")
    void check(Map<String, Object> spec, Reporter reporter, long reportsBefore, ChatReply reply, String where) {
        if (spec.containsKey("draft")) {
            Object expected = spec.get("draft");
            ReportDraft draft = intake.loadDraft(reporter).block();
            if ("none".equals(expected)) {
                assertThat(draft).as("%s: no draft stored", where).isNull();
            } else {
                assertThat(draft).as("%s: a draft stored", where).isNotNull();
                if (expected instanceof Map<?, ?> fields) {
                    ((Map<String, Object>) fields).forEach((field, value) -> {
                        assertThat(FIELDS.containsKey(field) || field.equals("step")).as("%s: draft field %s", where, field).isTrue();
                        Object actual = field.equals("step") ? question(reporter, draft) : FIELDS.get(field).apply(draft);
                        Object normalised = actual instanceof Number n && value instanceof Number ? n.longValue() : actual;
                        Object want = value instanceof Number n ? n.longValue() : value;
                        assertThat(normalised).as("%s: draft %s", where, field).isEqualTo(want);
                    });
                }
            }
        }
        if (spec.containsKey("new_reports")) {
            assertThat(reportCount() - reportsBefore).as("%s: reports added", where)
                    .isEqualTo(((Number) spec.get("new_reports")).longValue());
        }
        if (spec.containsKey("scam_queue")) {
            assertThat(scamQueueCount() - scamQueueBefore).as("%s: scam-check reports queued", where)
                    .isEqualTo(((Number) spec.get("scam_queue")).longValue());
        }
        if (Boolean.TRUE.equals(spec.get("submitted"))) {
            Matcher code = REFERENCE.matcher(reply.text());
            assertThat(code.find()).as("%s: a reference code in the reply", where).isTrue();
            assertThat(desk.find(new ReportReference(code.group())).block()).as("%s: the report %s", where, code.group()).isNotNull();
        }
    }

    /**
     * "step": the intake's question for this draft — the one the conversation asks, or, once the conversation is
     * elsewhere ("menu"), the one taking the draft up again goes on with.
     */
    private String question(Reporter reporter, ReportDraft draft) {
        ConversationState state = states.find(reporter.userId()).block();
        return state != null && state.step() instanceof Step.Intake at ? at.question().name() : IntakeStep.resumeAt(draft).name();
    }
}
