package vn.anm.assistant.moderation.editing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.knowledge.KnowledgeStore.Drafted;
import vn.anm.assistant.knowledge.KnowledgeStore.ItemKind;
import vn.anm.assistant.knowledge.KnowledgeStore.KnowledgeDraft;
import vn.anm.assistant.knowledge.KnowledgeStore.VersionSummary;
import vn.anm.assistant.knowledge.KnowledgeWorkbench;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.gate.GateReport;
import vn.anm.assistant.moderation.gate.PublishGate;
import vn.anm.assistant.moderation.security.ConsolePrincipal;
import vn.anm.assistant.moderation.security.Role;

/**
 * Everything the console and the admin API change in the knowledge base, each change audited with the
 * item before and after (in the folder format a reviewer reads). Publishing goes through the accuracy gate.
 */
public final class KnowledgeEditing {

    private final KnowledgeStore store;
    private final KnowledgeWorkbench workbench;
    private final PublishGate gate;
    private final AuditLog audit;
    private final MeterRegistry meters;

    public KnowledgeEditing(KnowledgeStore store, KnowledgeWorkbench workbench, PublishGate gate, AuditLog audit, MeterRegistry meters) {
        this.store = store;
        this.workbench = workbench;
        this.gate = gate;
        this.audit = audit;
        this.meters = meters;
    }

    public KnowledgeStore store() {
        return store;
    }

    public Mono<KnowledgeDraft> draft() {
        return store.draft();
    }

    public Mono<Drafted<Topic>> saveEntry(Topic topic, int revision, String actor) {
        return store.draft().flatMap(before -> {
            String old = before.entry(topic.id()).map(e -> workbench.entryText(e.value())).orElse(null);
            return store.saveEntry(topic, revision, actor)
                    .flatMap(saved -> audit.record(actor, revision == 0 ? AuditAction.ENTRY_CREATED : AuditAction.ENTRY_CHANGED, topic.id(),
                            old, workbench.entryText(topic)).thenReturn(saved));
        });
    }

    public Mono<Void> retireEntry(String id, int revision, String actor) {
        return store.draft().flatMap(before -> store.retireEntry(id, revision, actor)
                .then(audit.record(actor, AuditAction.ENTRY_RETIRED, id,
                        before.entry(id).map(e -> workbench.entryText(e.value())).orElse(null), null)));
    }

    public Mono<Void> revert(ItemKind kind, String key, String actor) {
        return store.revert(kind, key, actor).then(audit.record(actor, AuditAction.DRAFT_REVERTED, kind + "/" + key));
    }

    public Mono<Drafted<List<Contact>>> saveContacts(List<Contact> contacts, int revision, String actor) {
        return store.draft().flatMap(before -> store.saveContacts(contacts, revision, actor)
                .flatMap(saved -> audit.record(actor, AuditAction.CONTACTS_CHANGED, "contacts.yaml",
                        workbench.contactsText(before.contacts().value()), workbench.contactsText(contacts)).thenReturn(saved)));
    }

    public Mono<Drafted<LexiconTables>> saveLexicon(LexiconTables lexicon, int revision, String actor) {
        return store.draft().flatMap(before -> store.saveLexicon(lexicon, revision, actor)
                .flatMap(saved -> audit.record(actor, AuditAction.LEXICON_CHANGED, "lexicon/",
                        String.join("\n", before.lexicon().value().byFile().values()), String.join("\n", lexicon.byFile().values()))
                        .thenReturn(saved)));
    }

    public Mono<Void> importDraft(KnowledgeContent content, String source, String actor) {
        return store.replaceDraft(content, actor)
                .then(audit.record(actor, AuditAction.DRAFT_IMPORTED, source, null, content.topics().size() + " chủ đề"));
    }

    /** Checks the draft as it was seen ({@code fingerprint}) and publishes it if the gate passes or an administrator overrides it. */
    public Mono<PublishOutcome> publish(String fingerprint, String note, @Nullable String overrideReason, ConsolePrincipal actor) {
        return store.draft().flatMap(draft -> {
            if (!draft.fingerprint().equals(fingerprint)) {
                return Mono.error(new EditRefused(EditRefused.Reason.STALE_DRAFT,
                        "Bản nháp vừa thay đổi sau khi bạn kiểm tra (có người lưu thêm). Hãy kiểm tra lại rồi xuất bản."));
            }
            return gate.check(draft).flatMap(report -> {
                boolean override = !report.passed() && overrideReason != null && !overrideReason.isBlank();
                if (!report.passed() && !override) {
                    return blocked(report, actor, "Bản nháp làm bot kém chính xác hơn quá mức cho phép.");
                }
                if (override && !actor.has(Role.ADMIN)) {
                    return blocked(report, actor, "Chỉ quản trị viên mới được xuất bản khi vượt ngưỡng.");
                }
                String summary = report.summary() + (override ? " | vượt ngưỡng, " + actor.username() + " cho phép: " + overrideReason.strip() : "");
                return store.publish(fingerprint, actor.username(), note, summary)
                        .flatMap(version -> audit.record(actor.username(), override ? AuditAction.PUBLISH_OVERRIDDEN : AuditAction.PUBLISHED,
                                "phiên bản " + version.number(), "phiên bản " + report.liveVersion(),
                                "phiên bản " + version.number() + ": " + note + "\n" + summary)
                                .then(count(override ? "overridden" : "published"))
                                .thenReturn((PublishOutcome) new PublishOutcome.Published(version, report, override)));
            });
        }).onErrorResume(e -> !(e instanceof EditRefused) && !(e instanceof vn.anm.assistant.knowledge.ContentRejected) ? Mono.error(e)
                : count("refused").then(Mono.error(e)));
    }

    private Mono<PublishOutcome> blocked(GateReport report, ConsolePrincipal actor, String reason) {
        return audit.record(actor.username(), AuditAction.PUBLISH_BLOCKED, "bản nháp " + report.fingerprint(), null,
                        reason + "\n" + String.join("\n", report.breaches()))
                .then(count("blocked"))
                .thenReturn(new PublishOutcome.Blocked(report, reason));
    }

    public Mono<VersionSummary> rollback(long number, String note, String actor) {
        long live = store.live().version();
        return store.rollback(number, actor, note)
                .flatMap(version -> audit.record(actor, AuditAction.ROLLED_BACK, "phiên bản " + number, "phiên bản " + live,
                        "phiên bản " + version.number() + " (nội dung của phiên bản " + number + "): " + note)
                        .then(count("rolled-back"))
                        .thenReturn(version));
    }

    private Mono<Void> count(String outcome) {
        return Mono.fromRunnable(() -> meters.counter("anm.knowledge.publishes", "outcome", outcome).increment());
    }
}
