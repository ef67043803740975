package vn.anm.assistant.conversation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

import vn.anm.assistant.knowledge.TextFolding;

/**
 * The province's commune-level units after the 2025 reorganisation, read from a TSV (name, type, the
 * old units it was formed from, confidence; {@code places/lang-son-units.tsv} by default). Recognises a
 * new name ("phường Kỳ Lừa", "that khe") and an old one that went into exactly one new unit
 * ("xã Chí Minh" → "Xã Thất Khê"); a name given with its type wins over the same name of another type.
 */
final class CommuneNames {

    /** A name written with its kind ("xã Quảng Phú") or bare ("Quảng Phú"). */
    private enum Written {
        WITH_KIND, BARE
    }

    /** One spelling to look for in a folded message, and the unit it means. */
    private record Spelling(String folded, Unit unit, Written written, Optional<String> oldName) {

        boolean typed() {
            return written == Written.WITH_KIND;
        }

        boolean old() {
            return oldName.isPresent();
        }
    }

    /** A new unit: "Xã Thất Khê". */
    record Unit(String name) {
    }

    /** What a message names: the new unit, and the old name it was given by, if it was an old one. */
    record Found(Unit unit, Optional<String> oldName) {
    }

    private static final Pattern TYPES = Pattern.compile(" (xa|phuong|thi tran) ");

    private final List<Spelling> spellings;

    private CommuneNames(List<Spelling> spellings) {
        // Longest first, typed before untyped, new before old: "phường Hoàng Văn Thụ" (old, now Kỳ Lừa) beats
        // "Hoàng Văn Thụ" (the new xã of that name) only when the type is written.
        this.spellings = spellings.stream()
                .sorted(Comparator.comparing((Spelling s) -> !s.typed())
                        .thenComparing(Spelling::old)
                        .thenComparing(s -> -s.folded().length()))
                .toList();
    }

    static CommuneNames read(Resource tsv) {
        List<Spelling> spellings = new ArrayList<>();
        List<String[]> rows = rows(tsv);
        // An old name that went into several new units (split communes) says nothing certain: left out.
        Set<String> ambiguousOld = new LinkedHashSet<>();
        Set<String> seenOld = new LinkedHashSet<>();
        for (String[] row : rows) {
            for (String old : olds(row)) {
                if (!seenOld.add(TextFolding.fold(old))) {
                    ambiguousOld.add(TextFolding.fold(old));
                }
            }
        }
        for (String[] row : rows) {
            String type = row[1].strip();
            Unit unit = new Unit(capitalised(type) + " " + row[0].strip());
            spellings.add(new Spelling(TextFolding.fold(unit.name()), unit, Written.WITH_KIND, Optional.empty()));
            spellings.add(new Spelling(TextFolding.fold(row[0]), unit, Written.BARE, Optional.empty()));
            for (String old : olds(row)) {
                String folded = TextFolding.fold(old);
                if (ambiguousOld.contains(folded)) {
                    continue;
                }
                spellings.add(new Spelling(folded, unit, Written.WITH_KIND, Optional.of(old)));
                String bare = folded.replaceFirst("^(xa|phuong|thi tran) ", "");
                spellings.add(new Spelling(bare, unit, Written.BARE, Optional.of(old)));
            }
        }
        return new CommuneNames(spellings);
    }

    /** The unit a message names, if any; "thôn Nà Pàn, xã Chí Minh" finds Xã Thất Khê (old name Xã Chí Minh). */
    Optional<Found> find(String text) {
        String folded = " " + TextFolding.fold(text) + " ";
        // "phường Hàm Rồng, Thanh Hóa" names its unit with the type: a bare name elsewhere in it ("Thanh Hòa") is not one.
        boolean typed = TYPES.matcher(folded).find();
        for (Spelling spelling : spellings) {
            if ((spelling.typed() || !typed) && folded.contains(" " + spelling.folded() + " ")) {
                return Optional.of(new Found(spelling.unit(), spelling.oldName()));
            }
        }
        return Optional.empty();
    }

    private static List<String> olds(String[] row) {
        if (row.length < 3) {
            return List.of();
        }
        List<String> olds = new ArrayList<>();
        for (String part : row[2].split(";")) {
            // "Xã Chi Lăng (huyện Tràng Định)" → "Xã Chi Lăng"; "[một phần]" marks a split commune.
            String name = part.replaceAll("\\(.*?\\)|\\[.*?]", "").strip();
            if (!name.isEmpty()) {
                olds.add(name);
            }
        }
        return olds;
    }

    private static List<String[]> rows(Resource tsv) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(tsv.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false; // name, type, formed_from, confidence
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length >= 2 && !row[0].isBlank()) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the commune list " + tsv.getDescription(), e);
        }
        return rows;
    }

    private static String capitalised(String type) {
        return type.isEmpty() ? type : type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }
}
