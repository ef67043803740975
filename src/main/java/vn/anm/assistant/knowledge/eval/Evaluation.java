package vn.anm.assistant.knowledge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.MatchResult;

/** Scores a matcher on a labelled set exactly as shared/tools/eval_ask.py scores a server. */
public final class Evaluation {

    private final Map<String, Tally> byStyle = new TreeMap<>();
    private final Tally total = new Tally();
    private final List<String> misses = new ArrayList<>();

    public static Evaluation run(AnswerMatcher matcher, List<LabelledMessage> messages) {
        Evaluation evaluation = new Evaluation();
        messages.forEach(m -> evaluation.score(m, matcher.match(m.text())));
        return evaluation;
    }

    private void score(LabelledMessage message, MatchResult result) {
        Set<String> ok = message.acceptable();
        String answered = result.decision() == Decision.ANSWER && result.topic() != null ? result.topic().id() : null;
        List<String> candidates = result.candidates().stream().limit(3).map(Candidate::topic).toList();
        boolean resolved = answered != null && ok.contains(answered);
        boolean reached = resolved || (result.decision() == Decision.CLARIFY && candidates.stream().anyMatch(ok::contains));
        for (Tally tally : List.of(total, byStyle.computeIfAbsent(message.style(), s -> new Tally()))) {
            if (message.inScope()) {
                tally.inScope++;
                tally.resolved += resolved ? 1 : 0;
                tally.reached += reached ? 1 : 0;
                tally.wrong += answered != null && !resolved ? 1 : 0;
            } else {
                tally.outOfScope++;
                tally.oosClean += answered == null ? 1 : 0;
            }
        }
        if (message.inScope() && !resolved) {
            misses.add(message.id() + " " + result.decision() + " " + answered + " " + candidates + " want " + message.topic() + " | " + message.text());
        } else if (!message.inScope() && answered != null) {
            misses.add(message.id() + " ANSWER " + answered + " want none | " + message.text());
        }
    }

    public Tally total() {
        return total;
    }

    public Map<String, Tally> byStyle() {
        return byStyle;
    }

    public List<String> misses() {
        return misses;
    }
}
