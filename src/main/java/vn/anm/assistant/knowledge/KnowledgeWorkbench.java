package vn.anm.assistant.knowledge;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks and builds knowledge-base content off to the side, and reads and writes the folder format.
 * Building and reading block (indexing, files): call them off the event loop.
 */
public interface KnowledgeWorkbench {

    /** Every rule the content breaks, in Vietnamese; empty when it can be published. */
    List<ContentProblem> check(KnowledgeContent content);

    /** Validates and indexes the content with the configured contact values and thresholds. */
    KnowledgeEdition build(KnowledgeContent content) throws ContentRejected;

    /** Reads a knowledge-base folder (the loader's rules, then the console's); the contacts keep the folder's values. */
    KnowledgeContent read(Path folder) throws ContentRejected;

    /** Writes the content as a knowledge-base folder (entries/, contacts.yaml, lexicon/) under {@code folder}. */
    void write(KnowledgeContent content, Path folder);

    /** The text of one entry in the folder format (front matter and answer), as a reviewer reads it. */
    String entryText(Topic topic);

    /** contacts.yaml for these contacts. */
    String contactsText(List<Contact> contacts);
}
