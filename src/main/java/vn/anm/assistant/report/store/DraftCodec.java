package vn.anm.assistant.report.store;

import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.protection.FieldCipher;

/** A draft as an encrypted column value: JSON, sealed with AES-GCM bound to where it is stored. */
@Component
public class DraftCodec {

    private final JsonMapper json = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();
    private final FieldCipher cipher;

    DraftCodec(FieldCipher cipher) {
        this.cipher = cipher;
    }

    String seal(ReportDraft draft, String context) {
        return cipher.encrypt(json.writeValueAsBytes(draft), context);
    }

    public ReportDraft open(String stored, String context) {
        return json.readValue(cipher.decrypt(stored, context), ReportDraft.class);
    }

    static String draftContext(String reporterRef) {
        return "report_draft.content_enc:" + reporterRef;
    }

    public static String reportContext(Object reportId) {
        return "incident_report.content_enc:" + reportId;
    }
}
