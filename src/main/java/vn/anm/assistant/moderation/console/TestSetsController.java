package vn.anm.assistant.moderation.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.gate.TestQuestion;
import vn.anm.assistant.moderation.gate.TestSets;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** The publish gate's test questions: the sets, their questions, adding one with its expected entry, removing one. */
@Controller
class TestSetsController {

    static final int PAGE = 100;

    private final TestSets sets;
    private final KnowledgeStore store;
    private final AuditLog audit;

    TestSetsController(TestSets sets, KnowledgeStore store, AuditLog audit) {
        this.sets = sets;
        this.store = store;
        this.audit = audit;
    }

    @GetMapping("/console/tests")
    Mono<Rendering> list(@RequestParam(defaultValue = TestSets.MODERATORS) String set, @RequestParam(defaultValue = "0") int page) {
        return page(set, page, List.of(), "", "", "", "dau", HttpStatus.OK);
    }

    @PostMapping("/console/tests")
    Mono<Rendering> add(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String text = String.valueOf(form.getFirst("text") == null ? "" : form.getFirst("text")).strip();
            String topic = String.valueOf(form.getFirst("topic") == null ? "" : form.getFirst("topic")).strip();
            String style = String.valueOf(form.getFirst("style"));
            List<String> problems = new ArrayList<>();
            if (text.isEmpty() || text.length() > 2000) {
                problems.add("Nhập câu hỏi như người dân sẽ gõ (1 đến 2.000 ký tự).");
            }
            if (!java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
                problems.add("Câu hỏi chưa ở dạng Unicode dựng sẵn (NFC); hãy gõ lại.");
            }
            if (!topic.isEmpty() && store.live().topic(topic).isEmpty()) {
                problems.add("Chủ đề “" + topic + "” không có trong phiên bản đang chạy.");
            }
            if (!TestQuestion.STYLES.contains(style)) {
                problems.add("Chọn kiểu viết của câu hỏi.");
            }
            if (!problems.isEmpty()) {
                return page(TestSets.MODERATORS, 0, problems, "", text, topic, style, HttpStatus.UNPROCESSABLE_CONTENT);
            }
            return sets.add(TestSets.MODERATORS, text, topic.isEmpty() ? null : topic, List.of(), style, me.username())
                    .flatMap(q -> audit.record(me.username(), AuditAction.TEST_QUESTION_ADDED, "bộ " + q.set(), null,
                            q.text() + " → " + (q.topic() == null ? "(ngoài phạm vi)" : q.topic())))
                    .thenReturn(Rendering.redirectTo("/console/tests?set=" + TestSets.MODERATORS + "&added=1").build());
        });
    }

    @PostMapping("/console/tests/{id}/delete")
    Mono<Rendering> delete(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable long id) {
        return sets.find(id)
                .flatMap(q -> sets.remove(id).then(audit.record(me.username(), AuditAction.TEST_QUESTION_REMOVED, "bộ " + q.set(),
                        q.text() + " → " + (q.topic() == null ? "(ngoài phạm vi)" : q.topic()), null)).thenReturn(q.set()))
                .map(set -> Rendering.redirectTo("/console/tests?set=" + set).build())
                .defaultIfEmpty(Rendering.redirectTo("/console/tests").build());
    }

    private Mono<Rendering> page(String set, int page, List<String> problems, String notice, String text, String topic, String style,
            HttpStatus status) {
        return sets.all().collectList().map(all -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put(TestSets.MODERATORS, 0);
            all.forEach(q -> counts.merge(q.set(), 1, Integer::sum));
            List<TestQuestion> inSet = all.stream().filter(q -> q.set().equals(set)).toList();
            int from = Math.min(Math.max(page, 0) * PAGE, inSet.size());
            List<Topic> topics = store.live().topics();
            return Rendering.view("console/tests").modelAttribute("counts", counts).modelAttribute("set", set)
                    .modelAttribute("questions", inSet.subList(from, Math.min(from + PAGE, inSet.size())))
                    .modelAttribute("page", page).modelAttribute("pages", Math.max(1, (inSet.size() + PAGE - 1) / PAGE))
                    .modelAttribute("topics", topics).modelAttribute("styles", TestQuestion.STYLES)
                    .modelAttribute("problems", problems).modelAttribute("notice", notice)
                    .modelAttribute("text", text).modelAttribute("topic", topic).modelAttribute("style", style)
                    .status(status).build();
        });
    }
}
