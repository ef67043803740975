package vn.anm.assistant.moderation.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.security.ConsolePrincipal;
import vn.anm.assistant.scamcheck.ItemKind;
import vn.anm.assistant.scamcheck.ListEntry;
import vn.anm.assistant.scamcheck.ListKind;
import vn.anm.assistant.scamcheck.ListRefused;
import vn.anm.assistant.scamcheck.ListedItem;
import vn.anm.assistant.scamcheck.ScamLists;

/**
 * The scam check's lists (#17): the allowlist (CHÍNH THỨC) and the blocklist (ĐÃ BỊ BÁO CÁO), each item with its source,
 * reason and how often citizens checked and reported it; add and remove, CSV import and export; and the review queue
 * of citizens' reports, approved onto the blocklist or rejected. Every change goes to the audit log.
 */
@Controller
class ScamListsController {

    private final ScamLists lists;
    private final AuditLog audit;

    ScamListsController(ScamLists lists, AuditLog audit) {
        this.lists = lists;
        this.audit = audit;
    }

    @GetMapping("/console/scam")
    Mono<Rendering> list(@RequestParam(defaultValue = "BLOCK") String list, @RequestParam(defaultValue = "") String done,
            @RequestParam(defaultValue = "") String problem) {
        ListKind kind = listKind(list);
        return Mono.zip(lists.items(kind).collectList(), lists.queue().count())
                .map(t -> Rendering.view("console/scam").modelAttribute("list", kind.name()).modelAttribute("listLabel", kind.label())
                        .modelAttribute("items", t.getT1()).modelAttribute("pending", t.getT2()).modelAttribute("kinds", ItemKind.values())
                        .modelAttribute("notice", done).modelAttribute("problem", problem).build());
    }

    @PostMapping("/console/scam/add")
    Mono<Rendering> add(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            ListKind list = listKind(field(form, "list"));
            ItemKind kind = itemKind(field(form, "kind"));
            ListEntry entry = new ListEntry(kind, field(form, "value"), field(form, "label"), field(form, "source"), field(form, "reason"));
            return lists.add(list, entry, me.username())
                    .flatMap(item -> audit.record(me.username(), AuditAction.SCAM_LIST_ADDED, subject(item), null, describe(item))
                            .thenReturn(back(list, "done", "Đã thêm " + shown(item) + " vào " + list.label().toLowerCase(Locale.ROOT) + ".")));
        }).onErrorResume(ListRefused.class, e -> Mono.just(back(ListKind.BLOCK, "problem", e.getMessage())));
    }

    @PostMapping("/console/scam/{id}/remove")
    Mono<Rendering> remove(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            return Mono.just(back(ListKind.BLOCK, "problem", "Không có mục này."));
        }
        return lists.remove(Long.parseLong(id))
                .flatMap(item -> audit.record(me.username(), AuditAction.SCAM_LIST_REMOVED, subject(item), describe(item), null)
                        .thenReturn(back(item.list(), "done", "Đã gỡ " + shown(item) + ".")))
                .defaultIfEmpty(back(ListKind.BLOCK, "problem", "Mục này đã được gỡ trước đó."));
    }

    @GetMapping("/console/scam/export")
    Mono<ResponseEntity<byte[]>> export(@RequestParam(defaultValue = "BLOCK") String list) {
        ListKind kind = listKind(list);
        return lists.exportCsv(kind).map(csv -> ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"scamcheck-" + kind.name().toLowerCase(Locale.ROOT) + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)));
    }

    @PostMapping("/console/scam/import")
    Mono<Rendering> importCsv(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            ListKind list = listKind(field(form, "list"));
            String csv = field(form, "csv");
            return lists.importCsv(list, csv, me.username()).flatMap(result -> audit
                    .record(me.username(), AuditAction.SCAM_LIST_IMPORTED, list.label() + ": " + result.added() + " mục mới", null, csv)
                    .thenReturn(back(list, result.problems().isEmpty() ? "done" : "problem",
                            "Đã nhập " + result.added() + " mục mới, " + result.unchanged() + " mục đã có sẵn"
                                    + (result.problems().isEmpty() ? "." : "; chưa nhập được: " + String.join(" · ", result.problems().stream().limit(20).toList())))));
        });
    }

    @GetMapping("/console/scam/queue")
    Mono<Rendering> queue(@RequestParam(defaultValue = "") String done, @RequestParam(defaultValue = "") String problem) {
        return lists.queue().collectList().map(reports -> Rendering.view("console/scam-queue").modelAttribute("reports", reports)
                .modelAttribute("notice", done).modelAttribute("problem", problem).build());
    }

    @PostMapping("/console/scam/queue/{id}/approve")
    Mono<Rendering> approve(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id, ServerWebExchange exchange) {
        if (!id.matches("\\d{1,18}")) {
            return Mono.just(queueBack("problem", "Không có báo cáo này."));
        }
        return exchange.getFormData().flatMap(form -> lists.approve(Long.parseLong(id), field(form, "trick"), field(form, "reason"), me.username())
                .flatMap(item -> audit.record(me.username(), AuditAction.SCAM_REPORT_APPROVED, subject(item), null, describe(item))
                        .thenReturn(queueBack("done", "Đã đưa " + shown(item) + " vào danh sách đã bị báo cáo. Bot trả lời “ĐÃ BỊ BÁO CÁO” ngay từ bây giờ."))))
                .onErrorResume(ListRefused.class, e -> Mono.just(queueBack("problem", e.getMessage())));
    }

    @PostMapping("/console/scam/queue/{id}/reject")
    Mono<Rendering> reject(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            return Mono.just(queueBack("problem", "Không có báo cáo này."));
        }
        return lists.reject(Long.parseLong(id), me.username())
                .flatMap(report -> audit.record(me.username(), AuditAction.SCAM_REPORT_REJECTED,
                        report.kind().label() + " " + masked(report.kind(), report.value()) + " (" + report.reports() + " lượt báo)")
                        .thenReturn(queueBack("done", "Đã bác báo cáo; giá trị được báo đã bị xóa.")))
                .defaultIfEmpty(queueBack("problem", "Báo cáo này đã được xử lý."));
    }

    private static ListKind listKind(String value) {
        return "ALLOW".equalsIgnoreCase(value) ? ListKind.ALLOW : ListKind.BLOCK;
    }

    private static ItemKind itemKind(String value) {
        try {
            return ItemKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ListRefused("Hãy chọn loại: đường link, trang cá nhân, số điện thoại hoặc số tài khoản.");
        }
    }

    private static String field(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** The audit subject: phone and account numbers masked (the full value is in the after/before text, read by administrators only). */
    private static String subject(ListedItem item) {
        return item.list().label() + ": " + item.kind().label() + " " + masked(item.kind(), item.value());
    }

    private static String masked(ItemKind kind, String value) {
        return kind.mask(value);
    }

    private static String shown(ListedItem item) {
        return item.kind().label() + " " + masked(item.kind(), item.value());
    }

    private static String describe(ListedItem item) {
        return String.join("\n", List.of("loại: " + item.kind().name(), "giá trị: " + item.value(),
                "tên/thủ đoạn: " + (item.label() == null ? "" : item.label()), "nguồn: " + item.source(), "lý do: " + item.reason()));
    }

    private static Rendering back(ListKind list, String key, String message) {
        return Rendering.redirectTo("/console/scam?list=" + list.name() + "&" + key + "=" + URLEncoder.encode(message, StandardCharsets.UTF_8)).build();
    }

    private static Rendering queueBack(String key, String message) {
        return Rendering.redirectTo("/console/scam/queue?" + key + "=" + URLEncoder.encode(message, StandardCharsets.UTF_8)).build();
    }
}
