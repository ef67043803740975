package vn.anm.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.anm.assistant.conversation.urgent.UrgentDetector;
import vn.anm.assistant.conversation.urgent.UrgentKind;

/** Urgent detection on the table of fixtures/conversation/urgent-messages.yaml: ≥ 95 % right on each half. */
class UrgentDetectionTests {

    private final UrgentDetector detector = new UrgentDetector();

    @Test
    @SuppressWarnings("unchecked")
    void recognisesUrgentMessagesAndLeavesTheOthersAlone() throws Exception {
        Map<String, Object> table;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/conversation/urgent-messages.yaml")) {
            table = new Yaml().load(in);
        }
        List<Map<String, String>> urgent = (List<Map<String, String>>) table.get("urgent");
        List<String> notUrgent = (List<String>) table.get("not_urgent");
        assertThat(urgent).hasSizeGreaterThanOrEqualTo(40);
        assertThat(notUrgent).hasSizeGreaterThanOrEqualTo(40);

        List<String> missed = new ArrayList<>();
        for (Map<String, String> row : urgent) {
            Optional<UrgentKind> kind = detector.detect(row.get("text"));
            if (kind.isEmpty() || !kind.get().name().equals(row.get("kind"))) {
                missed.add(row.get("kind") + " got " + kind.map(Enum::name).orElse("none") + ": " + row.get("text"));
            }
        }
        List<String> falseAlarms = new ArrayList<>();
        for (String text : notUrgent) {
            detector.detect(text).ifPresent(kind -> falseAlarms.add(kind + ": " + text));
        }
        System.out.printf("urgent: %d/%d right; not urgent: %d/%d right%n", urgent.size() - missed.size(), urgent.size(),
                notUrgent.size() - falseAlarms.size(), notUrgent.size());
        missed.forEach(m -> System.out.println("  missed " + m));
        falseAlarms.forEach(f -> System.out.println("  false alarm " + f));

        assertThat((double) (urgent.size() - missed.size()) / urgent.size()).as("urgent rows recognised, missed: %s", missed)
                .isGreaterThanOrEqualTo(0.95);
        assertThat((double) (notUrgent.size() - falseAlarms.size()) / notUrgent.size())
                .as("non-urgent rows left alone, false alarms: %s", falseAlarms).isGreaterThanOrEqualTo(0.95);
    }
}
