package vn.anm.assistant.moderation.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.moderation.api.ApiTypes.AddToEntryRequest;
import vn.anm.assistant.moderation.api.ApiTypes.TestQuestionRequest;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.editing.KnowledgeEditing;
import vn.anm.assistant.moderation.gate.TestQuestion;
import vn.anm.assistant.moderation.gate.TestSets;
import vn.anm.assistant.moderation.inbox.UnansweredInbox;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** Test questions of the publish gate and the unanswered inbox through the admin API (role MODERATOR). */
@RestController
@RequestMapping(path = "/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Kiểm tra và hộp thư", description = "Câu hỏi kiểm tra và câu hỏi bot chưa trả lời được (vai trò MODERATOR)")
@SecurityRequirement(name = "token")
class ModerationApi {

    private final TestSets sets;
    private final UnansweredInbox inbox;
    private final KnowledgeEditing editing;
    private final KnowledgeStore store;
    private final AuditLog audit;

    ModerationApi(TestSets sets, UnansweredInbox inbox, KnowledgeEditing editing, KnowledgeStore store, AuditLog audit) {
        this.sets = sets;
        this.inbox = inbox;
        this.editing = editing;
        this.store = store;
        this.audit = audit;
    }

    @GetMapping("/test-questions")
    Mono<List<TestQuestion>> testQuestions(@RequestParam(defaultValue = "") String set) {
        return sets.all().filter(q -> set.isEmpty() || q.set().equals(set)).collectList();
    }

    @PostMapping(path = "/test-questions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thêm câu hỏi kiểm tra vào bộ của biên tập viên; topic rỗng = ngoài phạm vi")
    Mono<ResponseEntity<TestQuestion>> addTestQuestion(@AuthenticationPrincipal ConsolePrincipal me, @RequestBody TestQuestionRequest request) {
        String text = ApiTypes.text(request.text());
        String topic = ApiTypes.text(request.topic());
        String style = request.style() == null ? "dau" : request.style();
        if (text.isEmpty() || text.length() > 2000 || !java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
            throw new ApiInputException("Trường text cần 1 đến 2.000 ký tự, dạng Unicode dựng sẵn (NFC).");
        }
        if (!topic.isEmpty() && store.live().topic(topic).isEmpty()) {
            throw new ApiInputException("Chủ đề “" + topic + "” không có trong phiên bản đang chạy.");
        }
        if (!TestQuestion.STYLES.contains(style)) {
            throw new ApiInputException("Trường style là một trong " + TestQuestion.STYLES + ".");
        }
        return sets.add(TestSets.MODERATORS, text, topic.isEmpty() ? null : topic, List.of(), style, me.username())
                .flatMap(q -> audit.record(me.username(), AuditAction.TEST_QUESTION_ADDED, "bộ " + q.set(), null, q.text() + " → " + q.topic())
                        .thenReturn(ResponseEntity.status(HttpStatus.CREATED).body(q)));
    }

    @DeleteMapping("/test-questions/{id}")
    Mono<ResponseEntity<Void>> removeTestQuestion(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable long id) {
        return sets.find(id)
                .switchIfEmpty(Mono.error(() -> new EditRefused(EditRefused.Reason.NOT_FOUND, "Không có câu hỏi kiểm tra số " + id + ".")))
                .flatMap(q -> sets.remove(id).then(audit.record(me.username(), AuditAction.TEST_QUESTION_REMOVED, "bộ " + q.set(),
                        q.text() + " → " + q.topic(), null)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/unanswered")
    @Operation(summary = "Câu hỏi bot chưa trả lời được, gom nhóm; order=newest|most")
    Mono<List<UnansweredInbox.Group>> unanswered(@RequestParam(defaultValue = "newest") String order) {
        return inbox.groups("most".equals(order) ? UnansweredInbox.Order.MOST : UnansweredInbox.Order.NEWEST);
    }

    @PostMapping("/unanswered/{key}/dismiss")
    Mono<ResponseEntity<Void>> dismiss(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String key) {
        return group(key).flatMap(g -> inbox.handle(g, "bỏ qua", me.username())
                        .then(audit.record(me.username(), AuditAction.UNANSWERED_HANDLED, "bỏ qua " + g.count() + " tin", g.sample(), null)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping(path = "/unanswered/{key}/add", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thêm câu mới nhất của nhóm làm câu hỏi mẫu của một chủ đề (trong bản nháp)")
    Mono<ResponseEntity<Void>> addToEntry(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String key,
            @RequestBody AddToEntryRequest request) {
        String topicId = ApiTypes.text(request.topic());
        return group(key).flatMap(g -> editing.draft().flatMap(draft -> {
            var entry = draft.entry(topicId).orElseThrow(() -> new EditRefused(EditRefused.Reason.NOT_FOUND,
                    "Không có chủ đề “" + topicId + "” trong bản nháp."));
            Topic t = entry.value();
            List<String> questions = new java.util.ArrayList<>(t.questions());
            if (!questions.contains(g.sample())) {
                questions.add(g.sample());
            }
            return editing.saveEntry(new Topic(t.id(), t.title(), t.group(), t.severity(), questions, t.keywords(), t.related(), t.sources(),
                    t.reviewed(), t.answer()), entry.revision(), me.username())
                    .then(inbox.handle(g, "thêm vào chủ đề " + t.id(), me.username()))
                    .then(audit.record(me.username(), AuditAction.UNANSWERED_HANDLED, "thêm vào " + t.id(), null, g.sample()));
        })).thenReturn(ResponseEntity.noContent().build());
    }

    private Mono<UnansweredInbox.Group> group(String key) {
        return inbox.group(key).switchIfEmpty(Mono.error(() -> new EditRefused(EditRefused.Reason.NOT_FOUND,
                "Nhóm tin nhắn “" + key + "” không còn trong hộp thư (đã được xử lý?).")));
    }
}
