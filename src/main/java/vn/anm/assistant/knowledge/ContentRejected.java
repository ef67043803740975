package vn.anm.assistant.knowledge;

import java.util.List;

/** Content that breaks the knowledge base's rules: nothing was changed, the live version keeps serving. */
public class ContentRejected extends RuntimeException {

    private final List<ContentProblem> problems;

    public ContentRejected(List<ContentProblem> problems) {
        super(problems.size() + " problem(s): " + problems.stream().map(p -> p.item() + " " + p.field() + ": " + p.message()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
