package vn.anm.assistant.channel.zalo;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Zalo Official Account connection, from ZALO_APP_ID, ZALO_OA_SECRET_KEY (webhook signatures),
 * ZALO_APP_SECRET_KEY (token refresh), ZALO_ACCESS_TOKEN and ZALO_REFRESH_TOKEN (the first pair; later
 * pairs live in the token store), ZALO_OPENAPI_URL and ZALO_OAUTH_URL.
 *
 * @param refreshBefore how long before its expiry the access token is renewed
 * @param tokenCheckEvery how often the expiry is checked when no message comes
 * @param replyWindow how long after a citizen's message a customer-service reply may still be sent
 *        (free within 48 hours; Zalo refuses after 7 days); parts not sent by then are given up
 * @param maxEventAge signed events whose {@code timestamp} is further than this from now (either way,
 *        allowing clock skew) are refused: a replayed or very late event is not answered
 */
@ConfigurationProperties("anm.channel.zalo")
record ZaloProperties(@Nullable String appId, @Nullable String oaSecretKey, @Nullable String appSecretKey,
        @Nullable String accessToken, @Nullable String refreshToken,
        @DefaultValue("https://openapi.zalo.me") String openapiUrl, @DefaultValue("https://oauth.zaloapp.com") String oauthUrl,
        @DefaultValue("1h") Duration refreshBefore, @DefaultValue("30m") Duration tokenCheckEvery,
        @DefaultValue("48h") Duration replyWindow, @DefaultValue("15m") Duration maxEventAge) {

    /** The secrets needed to check webhooks and renew tokens; the tokens themselves may come from the store. */
    boolean configured() {
        return present(appId) && present(oaSecretKey) && present(appSecretKey);
    }

    static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "ZaloProperties[appId=" + appId + ", oaSecretKey=****, appSecretKey=****, accessToken=****, refreshToken=****, openapiUrl="
                + openapiUrl + ", oauthUrl=" + oauthUrl + ", refreshBefore=" + refreshBefore + ", tokenCheckEvery=" + tokenCheckEvery + ", replyWindow=" + replyWindow + ", maxEventAge=" + maxEventAge + "]";
    }
}
