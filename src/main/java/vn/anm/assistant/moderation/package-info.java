/**
 * The moderator console: accounts and sign-in (passwords, TOTP, lock-out, sessions shared by instances),
 * the audit log, the pages and the admin JSON API through which moderators edit, check and publish the
 * knowledge base, keep the test questions of the publish gate, and work through what the bot could not
 * answer. Nothing depends on this module; it depends on the knowledge, report and conversation APIs.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "knowledge", "knowledge :: eval", "report", "conversation", "alert", "stats", "scamcheck", "storage" })
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.moderation;
