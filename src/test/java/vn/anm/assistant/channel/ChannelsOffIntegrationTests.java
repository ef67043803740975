package vn.anm.assistant.channel;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With no platform credentials at all the service starts, and both webhooks answer 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anm.knowledge.watch=false")
@AutoConfigureWebTestClient(timeout = "PT60S") // a loaded CI machine can take more than the default 5 s
class ChannelsOffIntegrationTests {

    @Autowired
    WebTestClient web;

    @Test
    void webhooksOfUnconfiguredChannelsAnswer404AndTheServiceRuns() {
        web.post().uri("/webhooks/facebook").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"object\":\"page\"}")
                .exchange().expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
        web.get().uri("/webhooks/facebook?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1").exchange().expectStatus().isNotFound().expectBody();
        web.post().uri("/webhooks/zalo").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isNotFound().expectBody();
    }
}
