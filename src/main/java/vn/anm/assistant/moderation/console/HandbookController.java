package vn.anm.assistant.moderation.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.conversation.OperatorProperties;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.moderation.Timestamps;
import vn.anm.assistant.moderation.handbook.Handbook;
import vn.anm.assistant.moderation.handbook.HandbookPdf;

/**
 * The printable handbook (every signed-in role): an A5 PDF per audience guide and one with everything, from the live
 * knowledge base. Kept per live version, so a publish makes the next download a new booklet.
 */
@Controller
class HandbookController {

    private record Cached(long version, byte[] pdf) {
    }

    private final KnowledgeBase knowledge;
    private final KnowledgeStore store;
    private final OperatorProperties operator;
    private final @Nullable String qrUrl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    HandbookController(KnowledgeBase knowledge, KnowledgeStore store, OperatorProperties operator,
            @Value("${anm.handbook.qr-url:}") @Nullable String qrUrl) {
        this.knowledge = knowledge;
        this.store = store;
        this.operator = operator;
        this.qrUrl = qrUrl == null || qrUrl.isBlank() ? null : qrUrl.strip();
    }

    @GetMapping("/console/handbook")
    Rendering page() {
        Map<String, String> booklets = new java.util.LinkedHashMap<>();
        booklets.put("all", "Cẩm nang đầy đủ (mọi chủ đề)");
        Handbook.GUIDES.forEach((key, id) -> booklets.put(key, knowledge.topic(id).map(t -> t.title()).orElse(key)));
        return Rendering.view("console/handbook").modelAttribute("booklets", booklets).modelAttribute("qrUrl", qrUrl == null ? "" : qrUrl)
                .modelAttribute("version", store.live().version()).build();
    }

    @GetMapping("/console/handbook/{key}.pdf")
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable String key) {
        Handbook handbook = Handbook.of(key, knowledge);
        if (handbook == null) {
            return Mono.just(ResponseEntity.notFound().build());
        }
        long version = store.live().version();
        Cached cached = cache.get(key);
        Mono<byte[]> pdf = cached != null && cached.version() == version ? Mono.just(cached.pdf())
                : Mono.fromCallable(() -> new HandbookPdf(knowledge).render(handbook,
                                operator.named() ? operator.name() : "Trợ lý An ninh mạng", qrUrl,
                                "Theo kho kiến thức phiên bản " + version + ", in ngày "
                                        + LocalDate.now(Timestamps.ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                        .subscribeOn(Schedulers.boundedElastic())
                        .doOnNext(bytes -> cache.put(key, new Cached(version, bytes)));
        return pdf.map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("cam-nang-" + key + "-v" + version + ".pdf").build().toString())
                .body(bytes));
    }
}
