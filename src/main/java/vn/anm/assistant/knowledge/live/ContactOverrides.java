package vn.anm.assistant.knowledge.live;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Contact values configured by the deploying agency: ANM_CONTACT_PROVINCE_CYBERCRIME → province-cybercrime. */
final class ContactOverrides {

    private static final String PREFIX = "ANM_CONTACT_";

    private ContactOverrides() {
    }

    static Map<String, String> from(Map<String, String> environment, Map<String, String> configured) {
        Map<String, String> values = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                values.put(name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-'), value);
            }
        });
        values.putAll(configured);
        return values;
    }
}
