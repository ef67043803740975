package vn.anm.assistant.report.outbox;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.report.store.StoredReport;

/**
 * POSTs the report as JSON to ANM_REPORT_WEBHOOK_URL, signed in {@value WebhookSigner#HEADER}, with an
 * {@code Idempotency-Key} header. Any 2xx is an acknowledgement; anything else is retried later.
 */
final class WebhookDestination implements Destination {

    static final String NAME = "WEBHOOK";

    private final WebClient client;
    private final URI url;
    private final WebhookSigner signer;
    private final JsonMapper json;
    private final ReportLabels labels;

    WebhookDestination(URI url, WebhookSigner signer, JsonMapper json, ReportLabels labels) {
        this.client = WebClient.create();
        this.url = url;
        this.signer = signer;
        this.json = json;
        this.labels = labels;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Mono<Void> deliver(StoredReport report, String idempotencyKey) {
        return Mono.fromCallable(() -> json.writeValueAsBytes(WebhookBody.of(report, idempotencyKey, labels)))
                .flatMap(body -> client.post()
                        .uri(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(WebhookSigner.HEADER, signer.sign(body))
                        .header("Idempotency-Key", idempotencyKey)
                        .bodyValue(body)
                        .retrieve()
                        .toBodilessEntity())
                .then();
    }
}
