package vn.anm.assistant.moderation.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.KnowledgeStore.DraftState;
import vn.anm.assistant.knowledge.KnowledgeStore.Drafted;
import vn.anm.assistant.knowledge.KnowledgeStore.ItemKind;
import vn.anm.assistant.knowledge.KnowledgeStore.KnowledgeDraft;
import vn.anm.assistant.knowledge.KnowledgeWorkbench;
import vn.anm.assistant.knowledge.TextFolding;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.moderation.Timestamps;
import vn.anm.assistant.moderation.editing.ChannelPreview;
import vn.anm.assistant.moderation.editing.DraftEditions;
import vn.anm.assistant.moderation.editing.KnowledgeEditing;
import vn.anm.assistant.moderation.editing.TryResult;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** The entries of the draft: list, search and filter; create, edit with preview and "Thử câu hỏi"; retire; undo. */
@Controller
class EntriesController {

    private final KnowledgeEditing editing;
    private final DraftEditions editions;
    private final KnowledgeWorkbench workbench;
    private final ChannelPreview preview;
    private final Clock clock;

    EntriesController(KnowledgeEditing editing, DraftEditions editions, KnowledgeWorkbench workbench, ChannelPreview preview, Clock clock) {
        this.editing = editing;
        this.editions = editions;
        this.workbench = workbench;
        this.preview = preview;
        this.clock = clock;
    }

    record Row(String id, String title, String group, String severity, DraftState state, int questions, String updatedBy,
            java.time.Instant updatedAt, int revision) {
    }

    @GetMapping("/console/entries")
    Mono<Rendering> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String state) {
        String folded = TextFolding.fold(q);
        return editing.draft().map(draft -> {
            List<Row> rows = new ArrayList<>();
            for (Drafted<Topic> e : draft.entries()) {
                Topic t = e.value();
                boolean matches = (folded.isEmpty() || TextFolding.fold(t.id() + " " + t.title() + " " + String.join(" ", t.questions())
                        + " " + String.join(" ", t.keywords())).contains(folded))
                        && (group.isEmpty() || t.group().equals(group))
                        && (state.isEmpty() || e.state().name().equalsIgnoreCase(state));
                if (matches) {
                    rows.add(new Row(t.id(), t.title(), t.group(), t.severity().name(), e.state(), t.questions().size(), e.updatedBy(),
                            e.updatedAt(), e.revision()));
                }
            }
            return Rendering.view("console/entries").modelAttribute("rows", rows).modelAttribute("q", q).modelAttribute("group", group)
                    .modelAttribute("state", state).modelAttribute("retired", state.isEmpty() || state.equals("retired") ? draft.retired() : List.of())
                    .modelAttribute("total", draft.entries().size()).modelAttribute("changes", draft.changes().size()).build();
        });
    }

    @GetMapping("/console/entries/new")
    Mono<Rendering> create(@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "thu-doan") String group) {
        return editing.draft().map(draft -> form(draft, EntryForm.blank(group, question, LocalDate.ofInstant(clock.instant(), Timestamps.ZONE)), true, List.of(), "", null, List.of(), null, null));
    }

    @PostMapping("/console/entries")
    Mono<Rendering> created(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().map(EntryForm::from).flatMap(form -> save(me, form, true));
    }

    @GetMapping("/console/entries/{id}")
    Mono<Rendering> edit(@PathVariable String id, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String saved) {
        return editing.draft().flatMap(draft -> {
            var entry = draft.entry(id);
            if (entry.isEmpty()) {
                return Mono.error(new EditRefused(EditRefused.Reason.NOT_FOUND, "Không có chủ đề “" + id + "” trong bản nháp."));
            }
            EntryForm form = EntryForm.of(entry.get().value(), entry.get().revision());
            return editions.edition(draft)
                    .map(edition -> form(draft, form, false, List.of(), saved != null ? "Đã lưu vào bản nháp. Chủ đề chưa thay đổi với người dân cho đến khi xuất bản." : "",
                            entry.get(), preview.preview(edition, edition.topic(id).orElseThrow()), tryBoth(edition, q), q))
                    .onErrorResume(ContentRejected.class, e -> Mono.just(form(draft, form, false, e.problems(),
                            "Bản nháp đang có lỗi (ở chủ đề này hoặc chủ đề khác) nên chưa xem trước được.", entry.get(), List.of(), null, q)));
        });
    }

    @PostMapping("/console/entries/{id}")
    Mono<Rendering> saved(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> {
            EntryForm typed = EntryForm.from(data);
            EntryForm form = new EntryForm(id, typed.title(), typed.group(), typed.severity(), typed.questions(), typed.keywords(), typed.related(),
                    typed.sources(), typed.reviewed(), typed.answer(), typed.revision());
            return "preview".equals(data.getFirst("action")) ? previewUnsaved(form) : save(me, form, false);
        });
    }

    @PostMapping("/console/entries/{id}/retire")
    Mono<Rendering> retire(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> editing.retireEntry(id, EntryForm.from(data).revision(), me.username())
                .thenReturn(Rendering.redirectTo("/console/entries?retired=" + id).build())
                .onErrorResume(ContentRejected.class, e -> refusal("Chưa gỡ được chủ đề “" + id + "”", e.problems()))
                .onErrorResume(EditRefused.class, e -> refusal("Chưa gỡ được chủ đề “" + id + "”",
                        List.of(new ContentProblem(id, "", e.getMessage())))));
    }

    @PostMapping("/console/entries/{id}/revert")
    Mono<Rendering> revert(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id) {
        return editing.revert(ItemKind.ENTRY, id, me.username())
                .then(editing.draft())
                .map(draft -> Rendering.redirectTo(draft.entry(id).isPresent() ? "/console/entries/" + id : "/console/entries").build())
                .onErrorResume(ContentRejected.class, e -> refusal("Chưa hoàn tác được “" + id + "”", e.problems()))
                .onErrorResume(EditRefused.class, e -> refusal("Chưa hoàn tác được “" + id + "”", List.of(new ContentProblem(id, "", e.getMessage()))));
    }

    private Mono<Rendering> save(ConsolePrincipal me, EntryForm form, boolean creating) {
        return editing.draft().flatMap(draft -> {
            List<ContentProblem> parse = form.parseProblems();
            Drafted<Topic> current = creating ? null : draft.entry(form.id()).orElse(null);
            if (!parse.isEmpty()) {
                return Mono.just(form(draft, form, creating, parse, "", current, List.of(), null, null));
            }
            return editing.saveEntry(form.topic(), creating ? 0 : form.revision(), me.username())
                    .map(saved -> Rendering.redirectTo("/console/entries/" + saved.value().id() + "?saved=1").build())
                    .onErrorResume(ContentRejected.class, e -> Mono.just(form(draft, form, creating, e.problems(), "", current, List.of(), null, null)))
                    .onErrorResume(EditRefused.class, e -> Mono.just(form(draft, form, creating,
                            List.of(new ContentProblem(form.id(), "", e.getMessage())), "", current, List.of(), null, null)));
        });
    }

    /** The form's content as it would be answered, without saving: the draft with this entry replaced, built aside. */
    private Mono<Rendering> previewUnsaved(EntryForm form) {
        return editing.draft().flatMap(draft -> {
            Drafted<Topic> current = draft.entry(form.id()).orElse(null);
            List<ContentProblem> parse = form.parseProblems();
            if (!parse.isEmpty()) {
                return Mono.just(form(draft, form, false, parse, "", current, List.of(), null, null));
            }
            Topic topic = form.topic();
            List<Topic> topics = new ArrayList<>(draft.content().topics().stream().filter(t -> !t.id().equals(topic.id())).toList());
            topics.add(topic);
            return Mono.fromCallable(() -> workbench.build(draft.content().withTopics(topics)))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(edition -> form(draft, form, false, List.of(), "Xem trước nội dung trong ô (chưa lưu).", current,
                            preview.preview(edition, topic), null, null))
                    .onErrorResume(ContentRejected.class, e -> Mono.just(form(draft, form, false, e.problems(), "", current, List.of(), null, null)));
        });
    }

    private Rendering form(KnowledgeDraft draft, EntryForm form, boolean creating, List<ContentProblem> problems, String notice,
            @Nullable Drafted<Topic> current, List<ChannelPreview.ChannelView> channels, @Nullable Map<String, TryResult> tried, @Nullable String q) {
        Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
        for (ContentProblem p : problems) {
            byField.computeIfAbsent(p.field().isEmpty() ? "_" : p.field(), f -> new ArrayList<>()).add(p.message());
        }
        return Rendering.view("console/entry")
                .modelAttribute("form", form)
                .modelAttribute("creating", creating)
                .modelAttribute("problems", problems)
                .modelAttribute("byField", byField)
                .modelAttribute("notice", notice)
                .modelAttribute("current", current == null ? "" : current)
                .modelAttribute("channels", channels)
                .modelAttribute("tried", tried == null ? Map.of() : tried)
                .modelAttribute("q", q == null ? "" : q)
                .modelAttribute("others", draft.entries().stream().map(Drafted::value).filter(t -> !t.id().equals(form.id())).toList())
                .status(problems.isEmpty() ? org.springframework.http.HttpStatus.OK : org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
                .build();
    }

    private @Nullable Map<String, TryResult> tryBoth(KnowledgeEdition draft, String q) {
        if (q.isBlank()) {
            return null;
        }
        Map<String, TryResult> results = new java.util.LinkedHashMap<>();
        results.put("draft", TryResult.of(draft, q));
        results.put("live", TryResult.of(editing.store().live(), q));
        return results;
    }

    static Mono<Rendering> refusal(String title, List<ContentProblem> problems) {
        return Mono.just(Rendering.view("console/refused").modelAttribute("title", title).modelAttribute("problems", problems)
                .status(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT).build());
    }
}
