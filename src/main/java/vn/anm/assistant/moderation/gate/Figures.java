package vn.anm.assistant.moderation.gate;

import java.util.Locale;

import vn.anm.assistant.knowledge.eval.Tally;

/** The four figures of shared/eval/README.md over one set (or one style of it). */
public record Figures(int inScope, int outOfScope, double resolvedAt1, double reachedAt3, double wrong, double oosClean) {

    static Figures of(Tally t) {
        return new Figures(t.inScope(), t.outOfScope(), t.resolvedAt1(), t.reachedAt3(), t.wrongRate(), t.oosCleanRate());
    }

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);

    public static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    public String summary() {
        return "resolved@1 " + format(resolvedAt1) + ", wrong " + format(wrong) + ", oos_clean " + format(oosClean);
    }
}
