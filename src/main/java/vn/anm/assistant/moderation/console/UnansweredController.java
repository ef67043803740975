package vn.anm.assistant.moderation.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.editing.KnowledgeEditing;
import vn.anm.assistant.moderation.inbox.UnansweredInbox;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** What the bot could not answer, grouped: add a message as an example question, start an entry from it, or dismiss it. */
@Controller
class UnansweredController {

    private final UnansweredInbox inbox;
    private final KnowledgeEditing editing;
    private final AuditLog audit;

    UnansweredController(UnansweredInbox inbox, KnowledgeEditing editing, AuditLog audit) {
        this.inbox = inbox;
        this.editing = editing;
        this.audit = audit;
    }

    @GetMapping("/console/unanswered")
    Mono<Rendering> list(@RequestParam(defaultValue = "newest") String order, @RequestParam(required = false) String done) {
        UnansweredInbox.Order sort = "most".equals(order) ? UnansweredInbox.Order.MOST : UnansweredInbox.Order.NEWEST;
        return Mono.zip(inbox.groups(sort), inbox.disliked(), editing.draft())
                .map(t -> Rendering.view("console/unanswered").modelAttribute("groups", t.getT1()).modelAttribute("disliked", t.getT2())
                        .modelAttribute("order", sort == UnansweredInbox.Order.MOST ? "most" : "newest")
                        .modelAttribute("entries", t.getT3().entries().stream().map(e -> e.value()).toList())
                        .modelAttribute("notice", done == null ? "" : done).build());
    }

    @PostMapping("/console/unanswered/{key}/dismiss")
    Mono<Rendering> dismiss(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String key) {
        return inbox.group(key)
                .flatMap(group -> inbox.handle(group, "bỏ qua", me.username())
                        .then(audit.record(me.username(), AuditAction.UNANSWERED_HANDLED, "bỏ qua " + group.count() + " tin", group.sample(), null)))
                .thenReturn(Rendering.redirectTo("/console/unanswered?done=" + enc("Đã bỏ qua nhóm tin nhắn.")).build());
    }

    /** Adds the group's newest text as an example question of an entry, in the draft; the group leaves the inbox. */
    @PostMapping("/console/unanswered/{key}/add")
    Mono<Rendering> addAsQuestion(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String key, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String topicId = String.valueOf(form.getFirst("topic")).strip();
            return inbox.group(key)
                    .switchIfEmpty(Mono.error(new EditRefused(EditRefused.Reason.NOT_FOUND, "Nhóm tin nhắn này đã được xử lý.")))
                    .flatMap(group -> editing.draft().flatMap(draft -> {
                        var entry = draft.entry(topicId).orElseThrow(() -> new EditRefused(EditRefused.Reason.NOT_FOUND,
                                "Không có chủ đề “" + topicId + "” trong bản nháp."));
                        Topic t = entry.value();
                        List<String> questions = new ArrayList<>(t.questions());
                        if (!questions.contains(group.sample())) {
                            questions.add(group.sample());
                        }
                        Topic updated = new Topic(t.id(), t.title(), t.group(), t.severity(), questions, t.keywords(), t.related(), t.sources(),
                                t.reviewed(), t.answer());
                        return editing.saveEntry(updated, entry.revision(), me.username())
                                .then(inbox.handle(group, "thêm vào chủ đề " + t.id(), me.username()))
                                .then(audit.record(me.username(), AuditAction.UNANSWERED_HANDLED, "thêm vào " + t.id(), null, group.sample()))
                                .thenReturn(Rendering.redirectTo("/console/unanswered?done="
                                        + enc("Đã thêm câu hỏi vào bản nháp của chủ đề “" + t.title() + "”. Hãy xuất bản để có hiệu lực.")).build());
                    }));
        }).onErrorResume(EditRefused.class, e -> EntriesController.refusal("Chưa thêm được câu hỏi", List.of(new ContentProblem("", "", e.getMessage()))))
                .onErrorResume(ContentRejected.class, e -> EntriesController.refusal("Chưa thêm được câu hỏi", e.problems()));
    }

    @PostMapping("/console/unanswered/{key}/new-entry")
    Mono<Rendering> newEntry(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String key) {
        return inbox.group(key)
                .flatMap(group -> inbox.handle(group, "tạo chủ đề mới", me.username()).thenReturn(group))
                .map(group -> Rendering.redirectTo("/console/entries/new?question=" + enc(group.sample())).build())
                .defaultIfEmpty(Rendering.redirectTo("/console/unanswered").build());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
