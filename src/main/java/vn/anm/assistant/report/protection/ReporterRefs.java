package vn.anm.assistant.report.protection;

import vn.anm.assistant.report.HmacSha256;
import vn.anm.assistant.report.Reporter;

/**
 * Turns a reporter into the key their rows are filed under: HMAC-SHA256 of channel and user id with
 * a key derived from the data key. Lookups and deletion work; the raw table does not reveal who.
 */
public final class ReporterRefs {

    private final HmacSha256 key;

    public ReporterRefs(DataKey dataKey) {
        this.key = HmacSha256.withKey(dataKey.bytes()).derive("anm reporter ref v1");
    }

    public String refOf(Reporter reporter) {
        return key.hex(reporter.channel() + "\u0000" + reporter.userId());
    }
}
