package vn.anm.assistant.moderation.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.desk.DeskExport;
import vn.anm.assistant.moderation.desk.DeskLabels;
import vn.anm.assistant.moderation.desk.DeskQuery;
import vn.anm.assistant.moderation.security.ConsolePrincipal;
import vn.anm.assistant.report.CaseStatus;
import vn.anm.assistant.report.CaseStatusRefused;
import vn.anm.assistant.report.ReportDesk;
import vn.anm.assistant.report.ReportReference;

/**
 * The officers' desk (OFFICER; an administrator holds every role): the queue with filters and counts, a report
 * decrypted (each view in the audit log, listed on the report's page), status changes with notes, forwarding a
 * report kept while no destination was set, and CSV/XLSX export of the filtered list — without personal data, or
 * with it, audited either way.
 */
@Controller
class ReportsController {

    private static final int QUEUE_LIMIT = 200;
    private static final int EXPORT_LIMIT = 5000;

    private final ReportDesk desk;
    private final AuditLog audit;
    private final DeskLabels labels;
    private final DeskExport export;

    ReportsController(ReportDesk desk, AuditLog audit, DeskLabels labels) {
        this.desk = desk;
        this.audit = audit;
        this.labels = labels;
        this.export = new DeskExport(labels);
    }

    @GetMapping("/console/reports")
    Mono<Rendering> queue(@RequestParam MultiValueMap<String, String> params) {
        DeskQuery query = DeskQuery.of(params);
        return Mono.zip(desk.queue(query.filter(), QUEUE_LIMIT).collectList(), desk.counts(query.filter()), desk.communes())
                .map(t -> Rendering.view("console/reports")
                        .modelAttribute("rows", t.getT1())
                        .modelAttribute("counts", t.getT2())
                        .modelAttribute("total", t.getT2().values().stream().mapToLong(Long::longValue).sum())
                        .modelAttribute("communes", t.getT3())
                        .modelAttribute("filter", query.filter())
                        .modelAttribute("query", query.queryString())
                        .modelAttribute("queryWithoutStatus", DeskQuery.of(without(params, "status")).queryString())
                        .modelAttribute("problems", query.problems())
                        .modelAttribute("statuses", CaseStatus.values())
                        .modelAttribute("limit", QUEUE_LIMIT)
                        .modelAttribute("destinations", desk.destinations())
                        .build());
    }

    @GetMapping("/console/reports/{reference}")
    Mono<Rendering> report(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String reference, @RequestParam(required = false) String done) {
        ReportReference ref = reference(reference);
        if (ref == null) {
            return missing(reference);
        }
        // the view is audited before anything is decrypted for the page
        return desk.find(ref)
                .flatMap(record -> audit.record(me.username(), AuditAction.REPORT_VIEWED, ref.value())
                        .then(Mono.zip(desk.caseStatus(ref), desk.history(ref).collectList(), desk.attempts(ref).collectList(),
                                audit.about(ref.value(), 50).collectList()))
                        .map(t -> {
                            List<String> missing = desk.destinations().stream()
                                    .filter(d -> record.deliveries().stream().noneMatch(s -> s.destination().equals(d))).toList();
                            return Rendering.view("console/report")
                                    .modelAttribute("report", record)
                                    .modelAttribute("content", record.content())
                                    .modelAttribute("caseStatus", t.getT1())
                                    .modelAttribute("next", t.getT1().next())
                                    .modelAttribute("history", t.getT2())
                                    .modelAttribute("attempts", t.getT3())
                                    .modelAttribute("trail", t.getT4())
                                    .modelAttribute("destinations", desk.destinations())
                                    .modelAttribute("missingDestinations", missing)
                                    .modelAttribute("notice", done == null ? "" : done)
                                    .build();
                        }))
                .switchIfEmpty(Mono.defer(() -> missing(reference)));
    }

    @PostMapping("/console/reports/{reference}/status")
    Mono<Rendering> changeStatus(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String reference, ServerWebExchange exchange) {
        ReportReference ref = reference(reference);
        if (ref == null) {
            return missing(reference);
        }
        return exchange.getFormData().flatMap(form -> {
            CaseStatus to;
            try {
                to = CaseStatus.valueOf(String.valueOf(form.getFirst("status")).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return refusal("Chưa đổi được trạng thái", "Hãy chọn một trạng thái trong danh sách.");
            }
            String note = form.getFirst("note") == null ? "" : form.getFirst("note").strip();
            if (note.length() > 2000) {
                return refusal("Chưa đổi được trạng thái", "Ghi chú dài quá 2.000 ký tự.");
            }
            String officer = me.displayName() + " (" + me.username() + ")";
            return desk.changeStatus(ref, to, officer, note)
                    .flatMap(change -> audit.record(me.username(), AuditAction.REPORT_STATUS_CHANGED, ref.value(),
                            change.from().label(), change.to().label()))
                    .thenReturn(Rendering.redirectTo("/console/reports/" + ref.value() + "?done="
                            + enc("Đã chuyển trạng thái sang “" + to.label() + "”.")).build())
                    .onErrorResume(CaseStatusRefused.class, e -> refusal("Chưa đổi được trạng thái", e.getMessage()));
        });
    }

    @PostMapping("/console/reports/{reference}/forward")
    Mono<Rendering> forward(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String reference) {
        ReportReference ref = reference(reference);
        if (ref == null) {
            return missing(reference);
        }
        if (desk.destinations().isEmpty()) {
            return refusal("Chưa chuyển được", "Chưa cấu hình nơi nhận (ANM_REPORT_MAIL_TO hoặc ANM_REPORT_WEBHOOK_URL): báo cáo chỉ lưu ở đây.");
        }
        return desk.forward(ref).flatMap(added -> {
            if (added.isEmpty()) {
                return Mono.just(Rendering.redirectTo("/console/reports/" + ref.value() + "?done="
                        + enc("Báo cáo đã có trong hàng chuyển tới mọi nơi nhận.")).build());
            }
            String where = String.join(", ", added.stream().map(labels::destination).toList());
            return audit.record(me.username(), AuditAction.REPORT_FORWARDED, ref.value(), null, String.join(",", added))
                    .thenReturn(Rendering.redirectTo("/console/reports/" + ref.value() + "?done="
                            + enc("Đã đưa báo cáo vào hàng chuyển tới: " + where + ". Các lần gửi hiện ở dưới.")).build());
        });
    }

    @GetMapping("/console/reports/export.csv")
    Mono<ResponseEntity<byte[]>> exportCsv(@AuthenticationPrincipal ConsolePrincipal me, @RequestParam MultiValueMap<String, String> params) {
        return exported(me, params, "csv");
    }

    @GetMapping("/console/reports/export.xlsx")
    Mono<ResponseEntity<byte[]>> exportXlsx(@AuthenticationPrincipal ConsolePrincipal me, @RequestParam MultiValueMap<String, String> params) {
        return exported(me, params, "xlsx");
    }

    private Mono<ResponseEntity<byte[]>> exported(ConsolePrincipal me, MultiValueMap<String, String> params, String format) {
        DeskQuery query = DeskQuery.of(params);
        boolean personal = "1".equals(params.getFirst("personal"));
        if (!query.problems().isEmpty()) {
            return Mono.just(ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(String.join("\n", query.problems()).getBytes(StandardCharsets.UTF_8)));
        }
        Flux<DeskExport.Line> lines = desk.queue(query.filter(), EXPORT_LIMIT)
                .concatMap(row -> personal
                        ? desk.find(row.reference()).map(r -> new DeskExport.Line(row, r.content()))
                        : Mono.just(new DeskExport.Line(row, null)));
        return lines.collectList()
                .flatMap(list -> audit.record(me.username(), AuditAction.REPORT_EXPORTED, "xuất " + format.toUpperCase(Locale.ROOT)
                                + (personal ? " kèm dữ liệu cá nhân" : " không kèm dữ liệu cá nhân"), null,
                                list.size() + " báo cáo; lọc: " + query.describe())
                        .then(Mono.fromCallable(() -> "csv".equals(format) ? export.csv(list, personal) : export.xlsx(list, personal))
                                .subscribeOn(Schedulers.boundedElastic())))
                .map(bytes -> ResponseEntity.ok()
                        .contentType("csv".equals(format) ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("bao-cao-" + LocalDate.now(vn.anm.assistant.moderation.Timestamps.ZONE)
                                        + (personal ? "-du-lieu-ca-nhan" : "") + "." + format).build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(bytes));
    }

    private static ReportReference reference(String value) {
        try {
            return new ReportReference(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Mono<Rendering> missing(String reference) {
        return Mono.just(Rendering.view("console/refused").modelAttribute("title", "Không có báo cáo này")
                .modelAttribute("problems", List.of(new ContentProblem("", "", "Không có báo cáo “" + reference
                        + "” (có thể đã bị xóa theo yêu cầu của người dân hoặc hết thời hạn lưu).")))
                .status(HttpStatus.NOT_FOUND).build());
    }

    private static Mono<Rendering> refusal(String title, String message) {
        return EntriesController.refusal(title, List.of(new ContentProblem("", "", message)));
    }

    private static MultiValueMap<String, String> without(MultiValueMap<String, String> params, String key) {
        var copy = new org.springframework.util.LinkedMultiValueMap<>(params);
        copy.remove(key);
        return copy;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
