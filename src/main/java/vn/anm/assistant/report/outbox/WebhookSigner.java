package vn.anm.assistant.report.outbox;

import vn.anm.assistant.report.HmacSha256;

/** {@code sha256=} + hex HMAC-SHA256 of the exact body bytes, keyed with ANM_REPORT_WEBHOOK_SECRET. */
final class WebhookSigner {

    static final String HEADER = "X-Anm-Signature-256";

    private final HmacSha256 key;

    WebhookSigner(String secret) {
        this.key = HmacSha256.withSecret(secret);
    }

    String sign(byte[] body) {
        return "sha256=" + key.hex(body);
    }

    @Override
    public String toString() {
        return "WebhookSigner[****]";
    }
}
