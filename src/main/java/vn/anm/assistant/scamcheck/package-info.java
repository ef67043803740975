/**
 * Scam check: recognises links, bare domains, Vietnamese phone numbers, bank account numbers and Zalo/Facebook
 * profile links in a citizen's message and says, without ever fetching anything, whether each is on the
 * moderators' blocklist (ĐÃ BỊ BÁO CÁO), shows signs of a scam (ĐÁNG NGỜ), is an official address on the allowlist
 * (CHÍNH THỨC) or is simply unknown (CHƯA CÓ THÔNG TIN). The lists live in the database, are seeded from
 * {@code knowledge-base/scamcheck/} and are kept by moderators through {@link vn.anm.assistant.scamcheck.ScamLists};
 * citizens' reports wait in a review queue. Checked phone and account numbers are kept only as keyed hashes.
 * Public types here are the API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "knowledge", "report", "storage" })
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.scamcheck;
