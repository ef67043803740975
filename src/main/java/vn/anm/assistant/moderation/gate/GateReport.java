package vn.anm.assistant.moderation.gate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The publish gate's verdict on one draft (by its fingerprint) against the live version: the figures
 * before and after on every test set, per style and in total, and each drop beyond the allowed margin.
 */
public record GateReport(String fingerprint, long liveVersion, List<SetResult> sets, List<String> breaches) {

    public record SetResult(String set, int size, Figures before, Figures after, List<StyleResult> styles) {
    }

    public record StyleResult(String style, String label, Figures before, Figures after) {
    }

    public GateReport {
        sets = List.copyOf(sets);
        breaches = List.copyOf(breaches);
    }

    public boolean passed() {
        return breaches.isEmpty();
    }

    /** The line kept with the published version. */
    public String summary() {
        return sets.stream().map(s -> s.set() + ": " + s.before().summary() + " → " + s.after().summary())
                .collect(Collectors.joining("; "));
    }
}
