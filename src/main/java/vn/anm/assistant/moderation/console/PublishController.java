package vn.anm.assistant.moderation.console;

import java.util.List;

import org.springframework.http.HttpStatus;
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
import vn.anm.assistant.knowledge.KnowledgeStore.ItemChange;
import vn.anm.assistant.knowledge.KnowledgeStore.KnowledgeDraft;
import vn.anm.assistant.moderation.editing.KnowledgeEditing;
import vn.anm.assistant.moderation.editing.PublishOutcome;
import vn.anm.assistant.moderation.gate.GateReport;
import vn.anm.assistant.moderation.gate.PublishGate;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** Publishing the draft through the accuracy gate, the version history with its diffs, and rollback. */
@Controller
class PublishController {

    record Diff(ItemChange change, List<LineDiff.Line> lines) {
    }

    private final KnowledgeEditing editing;
    private final PublishGate gate;

    PublishController(KnowledgeEditing editing, PublishGate gate) {
        this.editing = editing;
        this.gate = gate;
    }

    @GetMapping("/console/publish")
    Mono<Rendering> review() {
        return editing.draft().flatMap(draft -> draft.changes().isEmpty()
                ? Mono.just(page(draft, null, List.of(), "", HttpStatus.OK))
                : gate.check(draft).map(report -> page(draft, report, List.of(), "", HttpStatus.OK))
                        .onErrorResume(ContentRejected.class, e -> Mono.just(page(draft, null, e.problems(), "", HttpStatus.OK))));
    }

    @PostMapping("/console/publish")
    Mono<Rendering> publish(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String note = String.valueOf(form.getFirst("note") == null ? "" : form.getFirst("note")).strip();
            String override = form.getFirst("override");
            String fingerprint = String.valueOf(form.getFirst("fingerprint"));
            if (note.isEmpty() || note.length() > 500) {
                return editing.draft().flatMap(draft -> gate.check(draft).map(report -> page(draft, report, List.of(),
                        "Hãy ghi ngắn gọn thay đổi này là gì (tối đa 500 ký tự): lịch sử phiên bản sẽ hiện dòng này.", HttpStatus.UNPROCESSABLE_CONTENT)));
            }
            return editing.publish(fingerprint, note, override, me)
                    .flatMap(outcome -> outcome instanceof PublishOutcome.Published published
                            ? Mono.just(Rendering.redirectTo("/console/versions/" + published.version().number() + "?published=1").build())
                            : editing.draft().map(draft -> page(draft, outcome.gate(), List.of(),
                                    ((PublishOutcome.Blocked) outcome).reason(), HttpStatus.CONFLICT)))
                    .onErrorResume(EditRefused.class, e -> editing.draft().map(draft -> page(draft, null, List.of(), e.getMessage(), HttpStatus.CONFLICT)))
                    .onErrorResume(ContentRejected.class, e -> editing.draft().map(draft -> page(draft, null, e.problems(),
                            "Bản nháp đang có lỗi nên chưa xuất bản được.", HttpStatus.UNPROCESSABLE_CONTENT)));
        });
    }

    @GetMapping("/console/versions")
    Mono<Rendering> versions() {
        return editing.store().versions(200).collectList()
                .map(list -> Rendering.view("console/versions").modelAttribute("versions", list).build());
    }

    @GetMapping("/console/versions/{number}")
    Mono<Rendering> version(@PathVariable long number, @RequestParam(required = false) String published,
            @RequestParam(required = false) String restored) {
        return editing.store().version(number)
                .map(detail -> Rendering.view("console/version").modelAttribute("detail", detail)
                        .modelAttribute("diffs", detail.changes().stream().map(c -> new Diff(c, LineDiff.of(c.before(), c.after()))).toList())
                        .modelAttribute("notice", published != null ? "Đã xuất bản. Bot trả lời theo phiên bản này trên mọi máy chủ trong vài giây."
                                : restored != null ? "Đã khôi phục. Bot trả lời theo nội dung cũ trên mọi máy chủ trong vài giây." : "")
                        .build());
    }

    @PostMapping("/console/versions/{number}/rollback")
    Mono<Rendering> rollback(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable long number, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String reason = form.getFirst("note");
            String note = reason == null || reason.isBlank() ? "Khôi phục nội dung của phiên bản " + number : reason.strip();
            return editing.rollback(number, note.length() > 500 ? note.substring(0, 500) : note, me.username())
                    .map(version -> Rendering.redirectTo("/console/versions/" + version.number() + "?restored=1").build())
                    .onErrorResume(EditRefused.class, e -> EntriesController.refusal("Chưa khôi phục được phiên bản " + number,
                            List.of(new ContentProblem("", "", e.getMessage()))))
                    .onErrorResume(ContentRejected.class, e -> EntriesController.refusal(
                            "Phiên bản " + number + " không còn dựng được với cấu hình hiện tại", e.problems()));
        });
    }

    private Rendering page(KnowledgeDraft draft, @org.jspecify.annotations.Nullable GateReport report, List<ContentProblem> problems, String error, HttpStatus status) {
        return Rendering.view("console/publish")
                .modelAttribute("draft", draft)
                .modelAttribute("diffs", draft.changes().stream().map(c -> new Diff(c, LineDiff.of(c.before(), c.after()))).toList())
                .modelAttribute("report", report == null ? "" : report)
                .modelAttribute("margins", gate.margins())
                .modelAttribute("problems", problems)
                .modelAttribute("error", error)
                .status(status)
                .build();
    }
}
