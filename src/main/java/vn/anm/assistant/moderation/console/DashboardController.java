package vn.anm.assistant.moderation.console;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.moderation.Timestamps;
import vn.anm.assistant.moderation.dashboard.DashboardFigures;
import vn.anm.assistant.report.ReportDesk;
import vn.anm.assistant.stats.ConversationCounts;
import vn.anm.assistant.stats.DailyCount;

/**
 * The numbers (every signed-in role): what the chat did and the reports filed, for a date range, as charts (uPlot from
 * its WebJar) and tables, with a CSV of the daily counts. Only anonymous counts: no text, no user, no report content.
 */
@Controller
class DashboardController {

    private static final int MAX_DAYS = 366;

    private final ConversationCounts counts;
    private final ReportDesk reports;
    private final KnowledgeBase knowledge;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardController(ConversationCounts counts, ReportDesk reports, KnowledgeBase knowledge) {
        this.counts = counts;
        this.reports = reports;
        this.knowledge = knowledge;
    }

    /** The range asked for, within a year; a bad day falls back to the default (the last 30 days) with a problem said. */
    record Range(LocalDate from, LocalDate to, List<String> problems) {

        static Range of(@Nullable String from, @Nullable String to) {
            List<String> problems = new ArrayList<>();
            LocalDate today = LocalDate.now(Timestamps.ZONE);
            LocalDate end = day(to, today, "đến ngày", problems);
            LocalDate start = day(from, end.minusDays(29), "từ ngày", problems);
            if (start.isAfter(end)) {
                problems.add("“Từ ngày” sau “đến ngày”: đã đổi chỗ hai ngày.");
                LocalDate t = start;
                start = end;
                end = t;
            }
            if (end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) {
                problems.add("Khoảng thời gian dài quá một năm: chỉ hiện năm cuối.");
                start = end.minusDays(MAX_DAYS - 1);
            }
            return new Range(start, end, List.copyOf(problems));
        }

        private static LocalDate day(@Nullable String value, LocalDate fallback, String what, List<String> problems) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add("Ngày “" + value + "” (" + what + ") không đúng dạng năm-tháng-ngày.");
                return fallback;
            }
        }
    }

    @GetMapping("/console/dashboard")
    Mono<Rendering> dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Range range = Range.of(from, to);
        return Mono.zip(counts.between(range.from(), range.to()).collectList(), reports.tallies(range.from(), range.to()).collectList())
                .map(t -> {
                    DashboardFigures figures = DashboardFigures.of(range.from(), range.to(), t.getT1(), t.getT2(), this::title);
                    String chart = json.writeValueAsString(figures.chartData()).replace("<", "\\u003c");
                    return Rendering.view("console/dashboard").modelAttribute("f", figures).modelAttribute("chart", chart)
                            .modelAttribute("problems", range.problems()).build();
                });
    }

    @GetMapping("/console/dashboard/export.csv")
    Mono<ResponseEntity<byte[]>> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Range range = Range.of(from, to);
        return counts.between(range.from(), range.to()).collectList().map(rows -> {
            StringBuilder csv = new StringBuilder("\uFEFFngay,kenh,quyet_dinh,chu_de,so_tin\r\n");
            for (DailyCount c : rows) {
                csv.append(c.day()).append(',').append(c.channel()).append(',').append(c.decision()).append(',').append(c.topic())
                        .append(',').append(c.messages()).append("\r\n");
            }
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("thong-ke-" + range.from() + "-" + range.to() + ".csv").build().toString())
                    .body(csv.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    private String title(String topic) {
        return knowledge.topic(topic).map(Topic::title).orElse(topic);
    }
}
