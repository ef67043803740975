package vn.anm.assistant.scamcheck;

import java.util.List;

/** A CSV import: lines added, lines already listed, and the lines refused with why. */
public record ImportResult(int added, int unchanged, List<String> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }
}
