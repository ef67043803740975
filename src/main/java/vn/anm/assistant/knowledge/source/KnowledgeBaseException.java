package vn.anm.assistant.knowledge.source;

import java.util.List;

/** The knowledge base on disk breaks a rule; the message names each file and problem. */
public class KnowledgeBaseException extends RuntimeException {

    private final List<String> problems;

    public KnowledgeBaseException(List<String> problems) {
        super("Knowledge base refused (" + problems.size() + " problem(s)):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
