package vn.anm.assistant.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the knowledge module ({@code anm.knowledge.*}).
 *
 * @param dir           the knowledge-base folder (ANM_KB_DIR)
 * @param watch         pick up edits under {@code dir} without a restart
 * @param watchDebounce quiet time after the last file event before reloading
 * @param contacts      values for contacts.yaml keys the deploying agency configures
 *                      (also read from ANM_CONTACT_KEY environment variables)
 * @param thresholds    the matcher's decision lines
 */
@ConfigurationProperties("anm.knowledge")
public record KnowledgeProperties(
        @DefaultValue("knowledge-base") Path dir,
        @DefaultValue("true") boolean watch,
        @DefaultValue("500ms") Duration watchDebounce,
        @DefaultValue Map<String, String> contacts,
        @DefaultValue Thresholds thresholds) {

    public record Thresholds(@DefaultValue("0.30") double fallbackBelow, @DefaultValue("0.50") double answerFrom,
            @DefaultValue("0.66") double clarifyMargin) {

        public MatchThresholds toMatchThresholds() {
            return new MatchThresholds(fallbackBelow, answerFrom, clarifyMargin);
        }
    }
}
