package vn.anm.assistant.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import vn.anm.assistant.channel.delivery.ChannelMetrics;
import vn.anm.assistant.channel.delivery.OutboundHttp;
import vn.anm.assistant.channel.delivery.PlatformCall;
import vn.anm.assistant.channel.delivery.SendFailure;
import vn.anm.assistant.conversation.ChannelKind;

/**
 * The OA access token: renewed {@code refreshBefore} its expiry, and when Zalo rejects it, through the
 * OAuth v4 refresh-token grant. The refresh token works once, so one refresh runs at a time
 * (single-flight: callers during a refresh wait for its result) and the new pair is stored before
 * anyone uses it. A refresh answer without both tokens, even with HTTP 200, is a failure and never
 * overwrites the stored pair.
 */
@Component
class ZaloTokenProvider {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokenProvider.class);
    private static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(30);

    private final ZaloProperties properties;
    private final ZaloTokenStore store;
    private final WebClient oauth;
    private final ChannelMetrics metrics;
    private final Clock clock;
    private final AtomicReference<@Nullable ZaloTokens> current = new AtomicReference<>();
    private final AtomicReference<@Nullable Mono<ZaloTokens>> refreshing = new AtomicReference<>();
    private final Mono<ZaloTokens> initial;

    ZaloTokenProvider(ZaloProperties properties, ZaloTokenStore store, OutboundHttp http, ChannelMetrics metrics, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.oauth = http.client(properties.oauthUrl());
        this.metrics = metrics;
        this.clock = clock;
        this.initial = store.load().map(stored -> stored.orElseGet(this::fromEnvironment)).cache();
    }

    /** A token to send with: the current one, or a fresh one when it is about to expire. */
    Mono<String> accessToken() {
        return currentTokens().flatMap(tokens -> dueForRefresh(tokens) ? refresh() : Mono.just(tokens))
                .map(ZaloTokens::accessToken);
    }

    /** After Zalo rejected {@code rejected}: a newer token if someone already refreshed, else one refresh. */
    Mono<String> afterRejection(String rejected) {
        return currentTokens().flatMap(tokens -> tokens.accessToken().equals(rejected) ? refresh() : Mono.just(tokens))
                .map(ZaloTokens::accessToken);
    }

    /** Renews ahead of expiry even when nobody writes, so neither token lapses. */
    @Scheduled(initialDelayString = "${anm.channel.zalo.token-check-every:30m}", fixedDelayString = "${anm.channel.zalo.token-check-every:30m}")
    Mono<Void> renewIfDue() {
        if (!properties.configured()) {
            return Mono.empty();
        }
        return Mono.defer(() -> currentTokens().filter(this::dueForRefresh).flatMap(tokens -> refresh()).then())
                .onErrorResume(e -> {
                    log.warn("Scheduled Zalo token renewal failed: {}", e.getMessage());
                    return Mono.empty();
                });
    }

    Mono<ZaloTokens> currentTokens() {
        return Mono.defer(() -> {
            ZaloTokens tokens = current.get();
            if (tokens != null) {
                return Mono.just(tokens);
            }
            return initial.map(first -> {
                current.compareAndSet(null, first);
                return current.get();
            });
        });
    }

    /** Joins the refresh in flight, or starts the only one. */
    Mono<ZaloTokens> refresh() {
        return Mono.defer(() -> {
            Mono<ZaloTokens> running = refreshing.get();
            if (running != null) {
                return running;
            }
            Mono<ZaloTokens> mine = currentTokens().flatMap(this::redeem)
                    .doOnNext(current::set)
                    .doOnNext(fresh -> metrics.zaloTokenRenewed())
                    .doOnError(e -> metrics.zaloTokenRenewalFailed())
                    .doFinally(signal -> refreshing.set(null))
                    .cache();
            return refreshing.compareAndSet(null, mine) ? mine : refresh();
        });
    }

    private Mono<ZaloTokens> redeem(ZaloTokens spent) {
        if (spent.refreshToken().isBlank()) {
            return Mono.error(refreshRejected("no refresh token: set ZALO_REFRESH_TOKEN"));
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("app_id", properties.appId());
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", spent.refreshToken());
        return PlatformCall.exchange(oauth.post()
                        .uri("/v4/oa/access_token")
                        .header("secret_key", properties.appSecretKey())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body(BodyInserters.fromFormData(form)), REFRESH_TIMEOUT)
                // a refresh that did not answer is tried again later, never taken for a message that may have gone out
                .onErrorMap(SendFailure.class, e -> SendFailure.unavailable(
                        e.reason().equals("timeout") ? "token-refresh-timeout" : "token-refresh-unavailable", "none", e.reason()))
                .flatMap(answer -> answer.status() >= 500
                        ? Mono.error(SendFailure.unavailable("token-refresh-unavailable", "http-" + answer.status(), "HTTP " + answer.status()))
                        : tokens(answer.body()))
                .flatMap(fresh -> store.save(fresh).thenReturn(fresh))
                .doOnNext(fresh -> log.info("Zalo access token renewed and stored; it expires at {}", fresh.expiresAt()));
    }

    private Mono<ZaloTokens> tokens(JsonNode json) {
        String access = ZaloEvents.string(json.path("access_token"));
        String refresh = ZaloEvents.string(json.path("refresh_token"));
        if (access == null || refresh == null) {
            String error = Optional.ofNullable(ZaloEvents.string(json.path("error"))).orElse("?");
            return Mono.error(refreshRejected("Zalo refused the refresh token (error " + error + ")"));
        }
        long seconds = parseSeconds(ZaloEvents.string(json.path("expires_in")));
        return Mono.just(new ZaloTokens(access, refresh, clock.instant().plusSeconds(seconds)));
    }

    private SendFailure refreshRejected(String why) {
        log.error("Zalo token refresh failed, replies stop until an OA admin authorises the app again: {}", why);
        metrics.credentialProblem(ChannelKind.ZALO, "refresh-rejected");
        // the part waits: once an OA admin authorises the app again, it goes out (within the reply window)
        return SendFailure.unavailable("token-refresh-rejected", "token", why);
    }

    private boolean dueForRefresh(ZaloTokens tokens) {
        return tokens.accessToken().isBlank() || !clock.instant().plus(properties.refreshBefore()).isBefore(tokens.expiresAt());
    }

    /** The first pair from the environment; an access token of unknown age is trusted until Zalo rejects it. */
    private ZaloTokens fromEnvironment() {
        String access = ZaloProperties.present(properties.accessToken()) ? properties.accessToken() : "";
        String refresh = ZaloProperties.present(properties.refreshToken()) ? properties.refreshToken() : "";
        Instant expiry = access.isEmpty() ? Instant.EPOCH : clock.instant().plus(Duration.ofHours(24));
        return new ZaloTokens(access, refresh, expiry);
    }

    private static long parseSeconds(@Nullable String value) {
        try {
            return value != null ? Long.parseLong(value.strip()) : 3600;
        } catch (NumberFormatException e) {
            return 3600;
        }
    }
}
