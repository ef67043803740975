package vn.anm.assistant.moderation.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.knowledge.KnowledgeStore.KnowledgeDraft;
import vn.anm.assistant.knowledge.eval.Evaluation;
import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.moderation.ConsoleProperties;
import vn.anm.assistant.moderation.editing.DraftEditions;

/**
 * Scores the draft and the live version on every test set, exactly as shared/tools/eval_ask.py scores a
 * server, and names each figure that got worse by more than the configured margin on any set's total.
 * Per-style figures are shown, not gated: a style has too few messages for a margin of 0.02 to mean much.
 */
public final class PublishGate {

    private final KnowledgeStore store;
    private final DraftEditions editions;
    private final TestSets sets;
    private final ConsoleProperties.Gate margins;

    public PublishGate(KnowledgeStore store, DraftEditions editions, TestSets sets, ConsoleProperties.Gate margins) {
        this.store = store;
        this.editions = editions;
        this.sets = sets;
        this.margins = margins;
    }

    public ConsoleProperties.Gate margins() {
        return margins;
    }

    public Mono<GateReport> check(KnowledgeDraft draft) {
        KnowledgeEdition live = store.live();
        return Mono.zip(editions.edition(draft), sets.labelled())
                .publishOn(Schedulers.boundedElastic())
                .map(t -> report(draft.fingerprint(), live, t.getT1(), t.getT2()));
    }

    private GateReport report(String fingerprint, KnowledgeEdition live, AnswerMatcher draft, Map<String, List<LabelledMessage>> labelled) {
        List<GateReport.SetResult> results = new ArrayList<>();
        List<String> breaches = new ArrayList<>();
        labelled.forEach((name, messages) -> {
            Evaluation before = Evaluation.run(live, messages);
            Evaluation after = Evaluation.run(draft, messages);
            List<GateReport.StyleResult> styles = new ArrayList<>();
            before.byStyle().forEach((style, tally) -> styles.add(new GateReport.StyleResult(style, TestQuestion.styleLabel(style),
                    Figures.of(tally), Figures.of(after.byStyle().get(style)))));
            Figures b = Figures.of(before.total());
            Figures a = Figures.of(after.total());
            results.add(new GateReport.SetResult(name, messages.size(), b, a, styles));
            if (b.inScope() > 0 && a.resolvedAt1() < b.resolvedAt1() - margins.resolvedDrop() - 1e-9) {
                breaches.add(breach(name, "trả lời đúng ngay (resolved@1)", "giảm", b.resolvedAt1(), a.resolvedAt1(), margins.resolvedDrop()));
            }
            if (b.inScope() > 0 && a.wrong() > b.wrong() + margins.wrongRise() + 1e-9) {
                breaches.add(breach(name, "trả lời sai (wrong)", "tăng", b.wrong(), a.wrong(), margins.wrongRise()));
            }
            if (b.outOfScope() > 0 && a.oosClean() < b.oosClean() - margins.oosCleanDrop() - 1e-9) {
                breaches.add(breach(name, "từ chối đúng câu ngoài phạm vi (oos_clean)", "giảm", b.oosClean(), a.oosClean(), margins.oosCleanDrop()));
            }
        });
        return new GateReport(fingerprint, live.version(), results, breaches);
    }

    private static String breach(String set, String figure, String direction, double before, double after, double margin) {
        return "Bộ “" + set + "”: tỉ lệ " + figure + " " + direction + " từ " + Figures.format(before)
                + (direction.equals("giảm") ? " còn " : " lên ") + Figures.format(after) + ", quá mức cho phép ("
                + direction + " tối đa " + Figures.format(margin) + ").";
    }
}
