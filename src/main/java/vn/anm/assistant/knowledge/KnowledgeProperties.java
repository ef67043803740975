package vn.anm.assistant.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the knowledge module ({@code anm.knowledge.*}).
 *
 * @param dir           the knowledge-base folder (ANM_KB_DIR): the seed of an empty database, or the source itself
 * @param source        where the service reads the knowledge base from (ANM_KNOWLEDGE_SOURCE): {@code database}
 *                      (the console owns it; the folder only seeds an empty database) or {@code files} (development:
 *                      the folder is read and watched, the console cannot edit)
 * @param watch         pick up edits under {@code dir} without a restart (files as the source)
 * @param watchDebounce quiet time after the last file event before reloading
 * @param pollInterval  how often an instance checks the database for a newly published version
 * @param contacts      values for contacts.yaml keys the deploying agency configures
 *                      (also read from ANM_CONTACT_KEY environment variables)
 * @param thresholds    the matcher's decision lines
 */
@ConfigurationProperties("anm.knowledge")
public record KnowledgeProperties(
        @DefaultValue("knowledge-base") Path dir,
        @DefaultValue("database") Source source,
        @DefaultValue("true") boolean watch,
        @DefaultValue("500ms") Duration watchDebounce,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue Map<String, String> contacts,
        @DefaultValue Thresholds thresholds) {

    /** Where the knowledge base comes from: one source of truth at a time. */
    public enum Source {
        DATABASE, FILES
    }

    public record Thresholds(@DefaultValue("0.10") double fallbackBelow, @DefaultValue("0.476") double answerFrom,
            @DefaultValue("0.60") double clarifyMargin) {

        public MatchThresholds toMatchThresholds() {
            return new MatchThresholds(fallbackBelow, answerFrom, clarifyMargin);
        }
    }
}
