package vn.anm.assistant.moderation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the moderator console ({@code anm.console.*}).
 *
 * @param adminUsername      the first administrator, created on a start with no administrator (ANM_ADMIN_USERNAME)
 * @param adminPassword      their first password, to be changed at the first sign-in (ANM_ADMIN_PASSWORD)
 * @param sessionIdleTimeout a session unused this long ends
 * @param sessionMaxAge      a session ends this long after sign-in whatever its use
 * @param secureCookies      send the console's cookies only over HTTPS (turn off only for plain-HTTP development)
 * @param passwordStrength   bcrypt cost of password hashes
 * @param lockout            sign-in throttling
 * @param tokenValidity      how long a personal API token lasts
 * @param apiBasicAuth       accept HTTP Basic on /api/admin (over TLS) besides personal tokens
 * @param gate               the publish gate's allowed drops
 */
@ConfigurationProperties("anm.console")
public record ConsoleProperties(
        @DefaultValue("") String adminUsername,
        @DefaultValue("") String adminPassword,
        @DefaultValue("30m") Duration sessionIdleTimeout,
        @DefaultValue("12h") Duration sessionMaxAge,
        @DefaultValue("true") boolean secureCookies,
        @DefaultValue("12") int passwordStrength,
        @DefaultValue Lockout lockout,
        @DefaultValue("90d") Duration tokenValidity,
        @DefaultValue("true") boolean apiBasicAuth,
        @DefaultValue Gate gate) {

    /**
     * @param failures  failed attempts before the first lock
     * @param firstLock the first lock; each further failure doubles it
     * @param longest   the longest lock
     */
    public record Lockout(@DefaultValue("5") int failures, @DefaultValue("1m") Duration firstLock, @DefaultValue("1h") Duration longest) {
    }

    /**
     * How much worse a draft may score than the live version on any test set before its publish is blocked
     * (an administrator may still publish it, with a reason).
     */
    public record Gate(@DefaultValue("0.02") double resolvedDrop, @DefaultValue("0.01") double wrongRise,
            @DefaultValue("0.02") double oosCleanDrop) {
    }
}
