package vn.anm.assistant.channel.zalo;

import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * Where the OA's token pair survives restarts. A refreshed pair is saved here before it is used: the
 * old refresh token is already spent. A database version comes with the report issue.
 */
interface ZaloTokenStore {

    Mono<Optional<ZaloTokens>> load();

    /** Completes only once the pair is durably stored. */
    Mono<Void> save(ZaloTokens tokens);
}
