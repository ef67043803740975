package vn.anm.assistant.conversation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversation module ({@code anm.conversation.*}).
 *
 * @param idleTimeout  silence after which a conversation starts afresh (state forgotten)
 * @param maxUsers     conversations kept in memory at most (least recently used dropped first)
 * @param logCapacity  unanswered messages and feedback votes kept in memory, each
 */
@ConfigurationProperties("anm.conversation")
record ConversationProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("100000") long maxUsers,
        @DefaultValue("2000") int logCapacity) {
}
