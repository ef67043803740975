package vn.anm.assistant.moderation.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.report.ReportDesk;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.ReportStatus;

/**
 * Officers' first page: the reference codes of reports by status, oldest first. Reading and handling a
 * report (its personal data) is the officers' desk, a later issue.
 */
@Controller
class ReportsController {

    private final ReportDesk desk;

    ReportsController(ReportDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/console/reports")
    Mono<Rendering> reports() {
        return Flux.fromArray(ReportStatus.values())
                .concatMap(status -> desk.inStatus(status, 50).map(ReportReference::toString).collectList().map(refs -> Map.entry(status, refs)))
                .collect(LinkedHashMap<ReportStatus, List<String>>::new, (map, e) -> map.put(e.getKey(), e.getValue()))
                .map(byStatus -> Rendering.view("console/reports").modelAttribute("byStatus", byStatus).build());
    }
}
