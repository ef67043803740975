package vn.anm.assistant.channel.facebook;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Facebook Page connection, from FACEBOOK_APP_SECRET, FACEBOOK_PAGE_ACCESS_TOKEN,
 * FACEBOOK_VERIFY_TOKEN and FACEBOOK_GRAPH_URL. Without the three secrets the channel is off.
 *
 * @param replyWindow how long after a citizen's message a reply may still be sent ({@code RESPONSE}
 *        messages: Messenger's 24-hour standard window); parts not sent by then are given up
 */
@ConfigurationProperties("anm.channel.facebook")
record FacebookProperties(@Nullable String appSecret, @Nullable String pageAccessToken, @Nullable String verifyToken,
        @DefaultValue("https://graph.facebook.com/v25.0") String graphUrl, @DefaultValue("24h") Duration replyWindow) {

    boolean configured() {
        return present(appSecret) && present(pageAccessToken) && present(verifyToken);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "FacebookProperties[appSecret=****, pageAccessToken=****, verifyToken=****, graphUrl=" + graphUrl + ", replyWindow=" + replyWindow + "]";
    }
}
