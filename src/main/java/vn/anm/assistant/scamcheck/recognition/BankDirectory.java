package vn.anm.assistant.scamcheck.recognition;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Banks and wallets a citizen names next to an account number ("vcb", "Vietcombank"), folded. */
public final class BankDirectory {

    /** Each entry: the name to show, then the folded spellings that mean it. */
    private final List<List<String>> banks;
    private final List<Pattern> patterns;

    /** {@code spec}: "Vietcombank|VCB;BIDV;…" — the first spelling of each entry is the name shown. */
    public BankDirectory(String spec) {
        this.banks = java.util.Arrays.stream(spec.split(";"))
                .map(e -> java.util.Arrays.stream(e.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .filter(e -> !e.isEmpty()).toList();
        this.patterns = banks.stream().map(spellings -> Pattern.compile("(?<![a-z0-9])(?:"
                + String.join("|", spellings.stream().map(s -> Pattern.quote(Folding.fold(s))).toList()) + ")(?![a-z0-9])")).toList();
    }

    /** The first bank named in {@code folded} text. */
    public Optional<String> find(String folded) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(folded).find()) {
                return Optional.of(banks.get(i).get(0));
            }
        }
        return Optional.empty();
    }
}
