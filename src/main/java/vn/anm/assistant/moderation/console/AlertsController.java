package vn.anm.assistant.moderation.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import vn.anm.assistant.alert.AlertDraft;
import vn.anm.assistant.alert.AlertRefused;
import vn.anm.assistant.alert.LocalAlerts;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.moderation.Timestamps;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** Local alerts (MODERATOR): publish one with its validity, topic and communes; withdraw it; see every alert. */
@Controller
class AlertsController {

    private final LocalAlerts alerts;
    private final KnowledgeBase knowledge;
    private final AuditLog audit;
    private final Clock clock;

    AlertsController(LocalAlerts alerts, KnowledgeBase knowledge, AuditLog audit, Clock clock) {
        this.alerts = alerts;
        this.knowledge = knowledge;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/console/alerts")
    Mono<Rendering> list(@RequestParam(required = false) String done) {
        return page(done == null ? "" : done, List.of(), null, HttpStatus.OK);
    }

    @PostMapping("/console/alerts")
    Mono<Rendering> publish(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            AlertDraft draft = new AlertDraft(value(form, "title"), value(form, "text"), instant(form.getFirst("from")),
                    instant(form.getFirst("until")), form.getFirst("topic"), Arrays.asList(value(form, "communes").split("[\\n,;]")));
            String topic = draft.topic();
            if (topic != null && knowledge.topic(topic).isEmpty()) {
                return page("", List.of("Không có chủ đề “" + topic + "” trong kho kiến thức đang chạy."), draft, HttpStatus.UNPROCESSABLE_CONTENT);
            }
            return alerts.publish(draft, me.username())
                    .flatMap(alert -> audit.record(me.username(), AuditAction.ALERT_PUBLISHED, alert.title(), null, alert.text())
                            .thenReturn(Rendering.redirectTo("/console/alerts?done=" + enc("Đã đăng cảnh báo “" + alert.title()
                                    + "”. Người dân thấy trong khung trò chuyện từ " + Timestamps.shown(alert.validFrom()) + ".")).build()))
                    .onErrorResume(AlertRefused.class, e -> page("", e.problems(), draft, HttpStatus.UNPROCESSABLE_CONTENT));
        });
    }

    @PostMapping("/console/alerts/{id}/withdraw")
    Mono<Rendering> withdraw(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return page("", List.of("Không có cảnh báo này."), null, HttpStatus.NOT_FOUND);
        }
        return alerts.withdraw(uuid, me.username())
                .flatMap(alert -> audit.record(me.username(), AuditAction.ALERT_WITHDRAWN, alert.title())
                        .thenReturn(Rendering.redirectTo("/console/alerts?done=" + enc("Đã gỡ cảnh báo “" + alert.title() + "”.")).build()))
                .switchIfEmpty(Mono.defer(() -> page("", List.of("Không có cảnh báo này."), null, HttpStatus.NOT_FOUND)));
    }

    private Mono<Rendering> page(String notice, List<String> problems, @Nullable AlertDraft draft, HttpStatus status) {
        Instant now = clock.instant();
        List<Topic> topics = knowledge.topics().stream().sorted(Comparator.comparing(Topic::title)).toList();
        return alerts.all(200).collectList().map(all -> Rendering.view("console/alerts")
                .modelAttribute("alerts", all)
                .modelAttribute("now", now)
                .modelAttribute("topics", topics)
                .modelAttribute("notice", notice)
                .modelAttribute("problems", problems)
                .modelAttribute("form", draft)
                .modelAttribute("defaultFrom", local(now))
                .modelAttribute("defaultUntil", local(now.plus(7, ChronoUnit.DAYS)))
                .modelAttribute("maxText", AlertDraft.MAX_TEXT)
                .status(status)
                .build());
    }

    /** For the form's datetime-local fields, in the province's time. */
    static String local(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), Timestamps.ZONE).toString();
    }

    private static @Nullable Instant instant(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(Timestamps.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String value(MultiValueMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
