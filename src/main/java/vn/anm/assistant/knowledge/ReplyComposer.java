package vn.anm.assistant.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text a citizen sees for a match: the answer, the list of candidates to choose from, or an
 * honest "not found" with the emergency line. Channels add buttons on top of this text.
 */
public final class ReplyComposer {

    private final KnowledgeBase knowledgeBase;
    private final ReplyTexts texts = new ReplyTexts("messages/knowledge.properties");

    public ReplyComposer(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    public String compose(MatchResult result) {
        return switch (result.decision()) {
            case ANSWER -> knowledgeBase.answerText(result.topic());
            case CLARIFY -> clarify(result.candidates());
            case FALLBACK -> fallback();
        };
    }

    public String clarify(List<Candidate> candidates) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("reply.clarify.intro"));
        for (int i = 0; i < candidates.size(); i++) {
            lines.add(texts.get("reply.clarify.item", i + 1, candidates.get(i).title()));
        }
        lines.add(texts.get("reply.clarify.outro"));
        return String.join("\n", lines);
    }

    public String fallback() {
        String text = texts.get("reply.fallback");
        return knowledgeBase.contacts().stream()
                .filter(c -> c.key().equals("police-emergency") && c.available())
                .findFirst()
                .map(c -> text + "\n" + texts.get("reply.fallback.emergency", c.rendered()))
                .orElse(text);
    }
}
