package vn.anm.assistant.moderation.console;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A line-by-line difference (longest common subsequence), with unchanged stretches folded to a few lines of context. */
public final class LineDiff {

    public enum Kind {
        SAME, ADDED, REMOVED, SKIPPED
    }

    public record Line(Kind kind, String text) {

        public String marker() {
            return switch (kind) {
                case ADDED -> "+";
                case REMOVED -> "−";
                case SAME -> " ";
                case SKIPPED -> "…";
            };
        }
    }

    static final int CONTEXT = 2;
    static final int MAX_LINES = 4000;

    private LineDiff() {
    }

    public static List<Line> of(@Nullable String before, @Nullable String after) {
        List<String> a = before == null ? List.of() : List.of(before.split("\n", -1));
        List<String> b = after == null ? List.of() : List.of(after.split("\n", -1));
        if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
            return List.of(new Line(Kind.SKIPPED, "(quá dài để so từng dòng)"));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                all.add(new Line(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                all.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                all.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            all.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            all.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return folded(all);
    }

    private static List<Line> folded(List<Line> all) {
        List<Line> out = new ArrayList<>();
        int skipped = 0;
        for (int k = 0; k < all.size(); k++) {
            boolean near = false;
            for (int d = -CONTEXT; d <= CONTEXT && !near; d++) {
                int n = k + d;
                near = n >= 0 && n < all.size() && all.get(n).kind() != Kind.SAME;
            }
            if (near) {
                if (skipped > 0) {
                    out.add(new Line(Kind.SKIPPED, skipped + " dòng không đổi"));
                    skipped = 0;
                }
                out.add(all.get(k));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            out.add(new Line(Kind.SKIPPED, skipped + " dòng không đổi"));
        }
        return out;
    }
}
