package vn.anm.assistant.channel.zalo;

import java.time.Instant;

/** The OA's current token pair; the refresh token works once. Never printed. */
record ZaloTokens(String accessToken, String refreshToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "ZaloTokens[accessToken=****, refreshToken=****, expiresAt=" + expiresAt + "]";
    }
}
