package vn.anm.assistant.moderation.api;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.knowledge.KnowledgeStore.ItemKind;
import vn.anm.assistant.knowledge.KnowledgeStore.VersionDetail;
import vn.anm.assistant.knowledge.KnowledgeStore.VersionSummary;
import vn.anm.assistant.moderation.api.ApiTypes.ContactsRequest;
import vn.anm.assistant.moderation.api.ApiTypes.ContactsView;
import vn.anm.assistant.moderation.api.ApiTypes.DraftView;
import vn.anm.assistant.moderation.api.ApiTypes.EntryRequest;
import vn.anm.assistant.moderation.api.ApiTypes.EntrySummary;
import vn.anm.assistant.moderation.api.ApiTypes.EntryView;
import vn.anm.assistant.moderation.api.ApiTypes.LexiconRequest;
import vn.anm.assistant.moderation.api.ApiTypes.LexiconView;
import vn.anm.assistant.moderation.api.ApiTypes.PublishRequest;
import vn.anm.assistant.moderation.api.ApiTypes.RollbackRequest;
import vn.anm.assistant.moderation.api.ApiTypes.TryRequest;
import vn.anm.assistant.moderation.editing.ChannelPreview;
import vn.anm.assistant.moderation.editing.DraftEditions;
import vn.anm.assistant.moderation.editing.FolderArchive;
import vn.anm.assistant.moderation.editing.KnowledgeEditing;
import vn.anm.assistant.moderation.editing.PublishOutcome;
import vn.anm.assistant.moderation.editing.TryResult;
import vn.anm.assistant.moderation.gate.GateReport;
import vn.anm.assistant.moderation.gate.PublishGate;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** The knowledge base through the admin API: the draft, entries, contacts, lexicon, trying, publishing, versions, import/export. */
@RestController
@RequestMapping(path = "/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Kho kiến thức", description = "Bản nháp, chủ đề, xuất bản và phiên bản (vai trò MODERATOR)")
@SecurityRequirement(name = "token")
class KnowledgeApi {

    static final int MAX_ZIP = 20 * 1024 * 1024;

    private final KnowledgeEditing editing;
    private final DraftEditions editions;
    private final ChannelPreview preview;
    private final PublishGate gate;
    private final FolderArchive archive;

    KnowledgeApi(KnowledgeEditing editing, DraftEditions editions, ChannelPreview preview, PublishGate gate, FolderArchive archive) {
        this.editing = editing;
        this.editions = editions;
        this.preview = preview;
        this.gate = gate;
        this.archive = archive;
    }

    @GetMapping("/draft")
    @Operation(summary = "Bản nháp: số phiên bản đang chạy, dấu vân tay của bản nháp (để xuất bản), các thay đổi chưa xuất bản")
    Mono<DraftView> draft() {
        return editing.draft().map(d -> new DraftView(d.liveVersion(), d.fingerprint(), d.entries().size(),
                d.retired().stream().map(t -> t.id()).toList(), d.changes().stream().map(ApiTypes.ChangeView::of).toList()));
    }

    @GetMapping("/entries")
    @Operation(summary = "Các chủ đề của bản nháp")
    Mono<List<EntrySummary>> entries(@RequestParam(defaultValue = "") String group) {
        return editing.draft().map(d -> d.entries().stream().filter(e -> group.isEmpty() || e.value().group().equals(group))
                .map(EntrySummary::of).toList());
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "Một chủ đề của bản nháp, với số revision dùng khi sửa")
    Mono<EntryView> entry(@PathVariable String id) {
        return editing.draft().map(d -> d.entry(id).map(EntryView::of)
                .orElseThrow(() -> new EditRefused(EditRefused.Reason.NOT_FOUND, "Không có chủ đề “" + id + "” trong bản nháp.")));
    }

    @PostMapping(path = "/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tạo chủ đề trong bản nháp")
    Mono<ResponseEntity<EntryView>> create(@AuthenticationPrincipal ConsolePrincipal me, @RequestBody EntryRequest request) {
        String id = ApiTypes.text(request.id());
        return editing.saveEntry(request.topic(id), 0, me.username())
                .map(saved -> ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/admin/entries/" + id)
                        .body(EntryView.of(saved)));
    }

    @PutMapping(path = "/entries/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sửa chủ đề trong bản nháp (revision bắt buộc: 409 nếu người khác vừa lưu)")
    Mono<EntryView> update(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id, @RequestBody EntryRequest request) {
        if (request.revision() == null || request.revision() < 1) {
            throw new ApiInputException("Cần trường revision (số đọc được khi lấy chủ đề) để tránh ghi đè thay đổi của người khác.");
        }
        return editing.saveEntry(request.topic(id), request.revisionOrZero(), me.username()).map(EntryView::of);
    }

    @DeleteMapping("/entries/{id}")
    @Operation(summary = "Gỡ chủ đề khỏi bản nháp (revision bắt buộc)")
    Mono<ResponseEntity<Void>> retire(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id, @RequestParam int revision) {
        return editing.retireEntry(id, revision, me.username()).thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/entries/{id}/revert")
    @Operation(summary = "Đưa chủ đề trong bản nháp về như phiên bản đang chạy")
    Mono<ResponseEntity<Void>> revert(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id) {
        return editing.revert(ItemKind.ENTRY, id, me.username()).thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/entries/{id}/preview")
    @Operation(summary = "Câu trả lời như Zalo, Messenger và trang web sẽ hiện (theo bản nháp)")
    Mono<List<ChannelPreview.ChannelView>> preview(@PathVariable String id) {
        return editing.draft().flatMap(editions::edition).map(edition -> preview.preview(edition, edition.topic(id)
                .orElseThrow(() -> new EditRefused(EditRefused.Reason.NOT_FOUND, "Không có chủ đề “" + id + "” trong bản nháp."))));
    }

    @PostMapping(path = "/try", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thử câu hỏi: quyết định, chủ đề ứng viên và độ tin cậy với bản nháp và với phiên bản đang chạy")
    Mono<Map<String, TryResult>> tryQuestion(@RequestBody TryRequest request) {
        String text = ApiTypes.text(request.text());
        if (text.isEmpty() || text.length() > 2000) {
            throw new ApiInputException("Trường text cần 1 đến 2.000 ký tự.");
        }
        return editing.draft().flatMap(editions::edition)
                .map(draft -> Map.of("draft", TryResult.of(draft, text), "live", TryResult.of(editing.store().live(), text)));
    }

    @GetMapping("/contacts")
    Mono<ContactsView> contacts() {
        return editing.draft().map(d -> new ContactsView(d.contacts().value(), d.contacts().revision(), d.contacts().state().name()));
    }

    @PutMapping(path = "/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ContactsView> saveContacts(@AuthenticationPrincipal ConsolePrincipal me, @RequestBody ContactsRequest request) {
        if (request.contacts() == null || request.revision() == null) {
            throw new ApiInputException("Cần các trường contacts và revision.");
        }
        return editing.saveContacts(request.contacts(), request.revision(), me.username())
                .map(d -> new ContactsView(d.value(), d.revision(), d.state().name()));
    }

    @GetMapping("/lexicon")
    Mono<LexiconView> lexicon() {
        return editing.draft().map(d -> new LexiconView(d.lexicon().value(), d.lexicon().revision(), d.lexicon().state().name()));
    }

    @PutMapping(path = "/lexicon", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<LexiconView> saveLexicon(@AuthenticationPrincipal ConsolePrincipal me, @RequestBody LexiconRequest request) {
        if (request.lexicon() == null || request.revision() == null) {
            throw new ApiInputException("Cần các trường lexicon và revision.");
        }
        return editing.saveLexicon(request.lexicon(), request.revision(), me.username())
                .map(d -> new LexiconView(d.value(), d.revision(), d.state().name()));
    }

    @GetMapping("/publish/check")
    @Operation(summary = "Chấm bản nháp trên các bộ câu hỏi kiểm tra: số liệu trước/sau theo bộ và kiểu viết, các mức giảm vượt ngưỡng")
    Mono<GateReport> check() {
        return editing.draft().flatMap(gate::check);
    }

    @PostMapping(path = "/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Xuất bản bản nháp đã kiểm tra (fingerprint); bị chặn (409) nếu kém chính xác quá ngưỡng, trừ khi quản trị viên ghi lý do (override)")
    Mono<ResponseEntity<Object>> publish(@AuthenticationPrincipal ConsolePrincipal me, @RequestBody PublishRequest request) {
        String note = ApiTypes.text(request.note());
        if (note.isEmpty() || note.length() > 500 || request.fingerprint() == null) {
            throw new ApiInputException("Cần fingerprint (từ GET /api/admin/draft) và note (1 đến 500 ký tự).");
        }
        return editing.publish(request.fingerprint(), note, request.override(), me).map(outcome -> {
            if (outcome instanceof PublishOutcome.Published published) {
                return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/admin/versions/" + published.version().number())
                        .body((Object) Map.of("version", published.version(), "gate", published.gate(), "overridden", published.overridden()));
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ((PublishOutcome.Blocked) outcome).reason());
            problem.setTitle("Xuất bản bị chặn");
            problem.setProperty("breaches", outcome.gate().breaches());
            problem.setProperty("gate", outcome.gate());
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body((Object) problem);
        });
    }

    @GetMapping("/versions")
    Mono<List<VersionSummary>> versions(@RequestParam(defaultValue = "100") int limit) {
        return editing.store().versions(Math.max(1, Math.min(limit, 1000))).collectList();
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "Một phiên bản và các thay đổi so với phiên bản trước (nội dung trước/sau dạng tệp)")
    Mono<VersionDetail> version(@PathVariable long number) {
        return editing.store().version(number);
    }

    @PostMapping("/versions/{number}/rollback")
    @Operation(summary = "Cho bot trả lời lại theo nội dung của một phiên bản cũ (tạo phiên bản mới)")
    Mono<ResponseEntity<VersionSummary>> rollback(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable long number,
            @RequestBody(required = false) RollbackRequest request) {
        String note = request == null || ApiTypes.text(request.note()).isEmpty() ? "Khôi phục nội dung của phiên bản " + number
                : ApiTypes.text(request.note());
        return editing.rollback(number, note.length() > 500 ? note.substring(0, 500) : note, me.username())
                .map(v -> ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/admin/versions/" + v.number()).body(v));
    }

    @GetMapping(path = "/export", produces = "application/zip")
    @Operation(summary = "Tải bản nháp (which=draft) hoặc phiên bản đang chạy (which=live) dạng .zip của thư mục knowledge-base/")
    Mono<ResponseEntity<byte[]>> export(@RequestParam(defaultValue = "draft") String which) {
        Mono<vn.anm.assistant.knowledge.KnowledgeContent> content = "live".equals(which)
                ? Mono.just(editing.store().live().content()) : editing.draft().map(d -> d.content());
        return content.publishOn(Schedulers.boundedElastic()).map(archive::export)
                .map(zip -> ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("knowledge-base.zip").build().toString())
                        .body(zip));
    }

    @PostMapping(path = "/import", consumes = "application/zip")
    @Operation(summary = "Thay bản nháp bằng một .zip của thư mục knowledge-base/ (kiểm tra đủ quy tắc trước)")
    Mono<ResponseEntity<Void>> importZip(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return DataBufferUtils.join(exchange.getRequest().getBody(), MAX_ZIP)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .switchIfEmpty(Mono.error(() -> new ApiInputException("Gửi tệp .zip trong thân yêu cầu.")))
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> archive.read(new java.io.ByteArrayInputStream(bytes)))
                .flatMap(content -> editing.importDraft(content, "API", me.username()))
                .onErrorMap(org.springframework.core.io.buffer.DataBufferLimitException.class,
                        e -> new ApiInputException("Tệp lớn quá (tối đa 20 MB)."))
                .thenReturn(ResponseEntity.noContent().build());
    }

    static ContentRejected invalid(String item, String message) {
        return ApiProblems.one(item, "", message);
    }
}
