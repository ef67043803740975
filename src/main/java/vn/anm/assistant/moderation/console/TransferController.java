package vn.anm.assistant.moderation.console;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.knowledge.KnowledgeProperties;
import vn.anm.assistant.moderation.editing.FolderArchive;
import vn.anm.assistant.moderation.editing.KnowledgeEditing;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** Import and export of the knowledge-base folder format: a zip to download or upload, or the server's own folder. */
@Controller
class TransferController {

    static final int MAX_UPLOAD = 20 * 1024 * 1024;

    private final KnowledgeEditing editing;
    private final FolderArchive archive;
    private final KnowledgeProperties properties;

    TransferController(KnowledgeEditing editing, FolderArchive archive, KnowledgeProperties properties) {
        this.editing = editing;
        this.archive = archive;
        this.properties = properties;
    }

    @GetMapping("/console/transfer")
    Rendering page(@RequestParam(required = false) String imported) {
        return Rendering.view("console/transfer").modelAttribute("folder", properties.dir().toAbsolutePath().toString())
                .modelAttribute("problems", List.of()).modelAttribute("notice", imported == null ? ""
                        : "Đã nhập vào bản nháp. Xem các thay đổi và xuất bản ở trang Xuất bản.").build();
    }

    @GetMapping("/console/transfer/export.zip")
    Mono<ResponseEntity<byte[]>> export(@RequestParam(defaultValue = "draft") String which) {
        Mono<vn.anm.assistant.knowledge.KnowledgeContent> content = "live".equals(which)
                ? Mono.just(editing.store().live().content()) : editing.draft().map(d -> d.content());
        return content.publishOn(Schedulers.boundedElastic()).map(archive::export)
                .map(zip -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("knowledge-base-" + ("live".equals(which) ? "v" + editing.store().live().version() : "nhap") + ".zip")
                                .build().toString())
                        .contentType(MediaType.parseMediaType("application/zip"))
                        .body(zip));
    }

    @PostMapping(path = "/console/transfer/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<Rendering> importZip(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getMultipartData()
                .flatMap(parts -> {
                    Part part = parts.getFirst("archive");
                    if (!(part instanceof FilePart file)) {
                        return Mono.error(new ContentRejected(List.of(new ContentProblem("zip", "", "Hãy chọn tệp .zip để nhập."))));
                    }
                    return DataBufferUtils.join(file.content(), MAX_UPLOAD)
                            .map(buffer -> {
                                byte[] bytes = new byte[buffer.readableByteCount()];
                                buffer.read(bytes);
                                DataBufferUtils.release(buffer);
                                return bytes;
                            })
                            .publishOn(Schedulers.boundedElastic())
                            .map(bytes -> archive.read(new ByteArrayInputStream(bytes)))
                            .flatMap(content -> editing.importDraft(content, "tệp " + file.filename(), me.username()));
                })
                .thenReturn(Rendering.redirectTo("/console/transfer?imported=1").build())
                .onErrorResume(org.springframework.core.io.buffer.DataBufferLimitException.class, e -> failed(List.of(
                        new ContentProblem("zip", "", "Tệp lớn quá (tối đa 20 MB)."))))
                .onErrorResume(ContentRejected.class, e -> failed(e.problems()))
                .onErrorResume(EditRefused.class, e -> failed(List.of(new ContentProblem("", "", e.getMessage()))));
    }

    @PostMapping("/console/transfer/import-folder")
    Mono<Rendering> importFolder(@AuthenticationPrincipal ConsolePrincipal me) {
        return Mono.fromCallable(() -> archive.readFolder(properties.dir()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(content -> editing.importDraft(content, "thư mục " + properties.dir(), me.username()))
                .thenReturn(Rendering.redirectTo("/console/transfer?imported=1").build())
                .onErrorResume(ContentRejected.class, e -> failed(e.problems()))
                .onErrorResume(EditRefused.class, e -> failed(List.of(new ContentProblem("", "", e.getMessage()))));
    }

    private Mono<Rendering> failed(List<ContentProblem> problems) {
        return Mono.just(Rendering.view("console/transfer").modelAttribute("folder", properties.dir().toAbsolutePath().toString())
                .modelAttribute("problems", problems).modelAttribute("notice", "")
                .status(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT).build());
    }
}
