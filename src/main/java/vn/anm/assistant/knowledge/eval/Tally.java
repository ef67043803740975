package vn.anm.assistant.knowledge.eval;

import java.util.Locale;

/** Counts behind the figures of shared/eval/README.md for one style (or all). */
public final class Tally {

    int inScope;
    int outOfScope;
    int resolved;
    int reached;
    int wrong;
    int oosClean;

    public int inScope() {
        return inScope;
    }

    public int outOfScope() {
        return outOfScope;
    }

    public int resolved() {
        return resolved;
    }

    public int reached() {
        return reached;
    }

    public int wrong() {
        return wrong;
    }

    public int oosClean() {
        return oosClean;
    }

    public double resolvedAt1() {
        return (double) resolved / Math.max(1, inScope);
    }

    public double reachedAt3() {
        return (double) reached / Math.max(1, inScope);
    }

    public double wrongRate() {
        return (double) wrong / Math.max(1, inScope);
    }

    public double oosCleanRate() {
        return (double) oosClean / Math.max(1, outOfScope);
    }

    public String figures() {
        return String.format(Locale.ROOT, "resolved@1=%.3f reached@3=%.3f wrong=%.3f oos_clean=%.3f",
                resolvedAt1(), reachedAt3(), wrongRate(), oosCleanRate());
    }
}
