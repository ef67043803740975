package vn.anm.assistant.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One knowledge-base entry. {@code answer} is the raw text with {@code {{contact:key}}} references;
 * {@link KnowledgeBase#answerText(Topic)} gives the text a citizen sees.
 */
public record Topic(String id, String title, String group, Severity severity, List<String> questions,
        List<String> keywords, List<String> related, List<Source> sources, LocalDate reviewed, String answer) {

    public Topic {
        questions = List.copyOf(questions);
        keywords = List.copyOf(keywords);
        related = List.copyOf(related);
        sources = List.copyOf(sources);
    }
}
