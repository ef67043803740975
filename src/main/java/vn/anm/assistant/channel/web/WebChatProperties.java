package vn.anm.assistant.channel.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web chat's session ({@code anm.channel.web.*}).
 *
 * @param sessionMaxAge how long the browser keeps the session cookie (a draft report can be resumed
 *        within it; the conversation itself still ends after 30 minutes of silence)
 * @param maxVotesPerSession 👍/👎 accepted from one session at most (one per topic in any case)
 */
@ConfigurationProperties("anm.channel.web")
record WebChatProperties(@DefaultValue("7d") Duration sessionMaxAge, @DefaultValue("30") int maxVotesPerSession) {
}
