package vn.anm.assistant.scamcheck.signs;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The ASCII a label looks like: Cyrillic and Greek look-alikes, full-width letters, diacritics dropped, and the
 * multi-letter tricks of typed domains ("rn" → "m", "vv" → "w", "0" → "o", "1" → "l").
 */
public final class Homoglyphs {

    private static final Map<Character, Character> CONFUSABLE = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'),
            Map.entry('к', 'k'), Map.entry('м', 'm'), Map.entry('т', 't'), Map.entry('в', 'b'), Map.entry('н', 'h'),
            Map.entry('ԁ', 'd'), Map.entry('ɡ', 'g'), Map.entry('ո', 'n'), Map.entry('ս', 'u'), Map.entry('ı', 'i'),
            Map.entry('α', 'a'), Map.entry('ο', 'o'), Map.entry('ν', 'v'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('ι', 'i'), Map.entry('κ', 'k'), Map.entry('ε', 'e'), Map.entry('ӏ', 'l'), Map.entry('ɩ', 'i'),
            Map.entry('0', 'o'), Map.entry('1', 'l'), Map.entry('3', 'e'), Map.entry('5', 's'), Map.entry('đ', 'd'));

    private Homoglyphs() {
    }

    public static String skeleton(String label) {
        String folded = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(CONFUSABLE.getOrDefault(c, c));
        }
        return out.toString().replace("rn", "m").replace("vv", "w").replace("cl", "d").replace("ph", "f");
    }

    /** True when the label mixes Latin letters with letters of another script (Cyrillic, Greek…). */
    public static boolean mixedScripts(String label) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.LATIN) {
                    latin = true;
                } else if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    other = true;
                }
            }
            i += Character.charCount(cp);
        }
        return latin && other;
    }
}
