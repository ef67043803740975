/**
 * Incident reports: drafts the chat intake fills step by step, committed reports with a reference
 * code, forwarding to the authorities through a transactional outbox, and care of the personal data
 * they hold (encryption at rest, retention, deletion on request). Public types here are the API;
 * sub-packages are internal.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.report;
