package vn.anm.assistant.conversation.storage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the conversation keeps its records in the database ({@code anm.conversation.*}).
 *
 * @param idleTimeout     silence after which a conversation starts afresh; older state rows are purged
 * @param stateCache      how long an instance may answer from its own copy of a state before reading the
 *                        database again ({@code 0} turns the cache off). Another instance's newer state is
 *                        not seen within this time: keep it short, or 0 when several instances serve one
 *                        citizen without sticky routing
 * @param stateCacheSize  states cached per instance at most
 * @param recordRetention how long unanswered messages and feedback votes are kept for moderators
 */
@ConfigurationProperties("anm.conversation")
record ConversationStorageProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("2s") Duration stateCache,
        @DefaultValue("10000") long stateCacheSize, @DefaultValue("180d") Duration recordRetention) {
}
