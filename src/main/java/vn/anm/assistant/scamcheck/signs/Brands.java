package vn.anm.assistant.scamcheck.signs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The names look-alike domains borrow, from scamcheck/brands.tsv. */
public final class Brands {

    /** One brand: the name a citizen reads, and its spellings in domains. */
    public record Brand(String name, List<String> spellings, boolean nested) {
    }

    private final List<Brand> brands;

    public Brands(List<Brand> brands) {
        this.brands = List.copyOf(brands);
    }

    public static Brands load() {
        try (InputStream in = Brands.class.getClassLoader().getResourceAsStream("scamcheck/brands.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing scamcheck/brands.tsv");
            }
            List<Brand> list = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                list.add(new Brand(cols[0].strip(), List.of(cols[1].strip().split("\\s*,\\s*")), cols.length > 2 && cols[2].strip().equals("yes")));
            }
            return new Brands(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Brand> all() {
        return brands;
    }

    /** The brand a token is, or imitates by one or two typed letters or by look-alike letters ("vietcornbank"). */
    public Optional<Match> imitated(String token) {
        String plain = Homoglyphs.skeleton(token);
        for (Brand brand : brands) {
            for (String spelling : brand.spellings()) {
                if (spelling.length() <= 5) {
                    if (token.equals(spelling) || plain.equals(spelling) || (spelling.length() >= 4 && undoubled(token).equals(undoubled(spelling)))) {
                        return Optional.of(new Match(brand, token.equals(spelling)));
                    }
                    continue;
                }
                if (token.equals(spelling)) {
                    return Optional.of(new Match(brand, true));
                }
                int allowed = spelling.length() >= 9 ? 2 : 1;
                if (plain.equals(spelling) || EditDistance.within(token, spelling, allowed) || EditDistance.within(plain, spelling, allowed)) {
                    return Optional.of(new Match(brand, false));
                }
            }
        }
        return Optional.empty();
    }

    /** Words phishing domains glue to a brand ("bankmomo", "vneidapp", "facebooklogin"). */
    private static final java.util.Set<String> BAIT = java.util.Set.of("app", "bank", "vn", "online", "login", "cskh", "hotro", "support",
            "secure", "verify", "update", "capnhat", "xacthuc", "dangnhap", "nhanqua", "uudai", "khachhang", "ekyc", "my", "service", "care",
            "help", "tracuu", "khuyenmai", "quatang", "hoantien", "dichvu", "vip", "pay", "gov", "govvn", "check", "auth", "account", "web");

    /**
     * The first brand inside {@code label}: a brand's long spelling (6 letters or more) for the brands marked nested, or
     * any spelling of 4 letters or more glued to a bait word ("bankmomo", "appvneid").
     */
    public Optional<Brand> inside(String label) {
        for (Brand brand : brands) {
            for (String spelling : brand.spellings()) {
                if (brand.nested() && spelling.length() >= 6 && label.contains(spelling) && !label.equals(spelling)) {
                    return Optional.of(brand);
                }
                if (spelling.length() >= 4 && !label.equals(spelling)
                        && ((label.startsWith(spelling) && BAIT.contains(label.substring(spelling.length())))
                                || (label.endsWith(spelling) && BAIT.contains(label.substring(0, label.length() - spelling.length()))))) {
                    return Optional.of(brand);
                }
            }
        }
        return Optional.empty();
    }

    private static String undoubled(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** {@code exact}: the token is the brand's spelling itself, not an imitation. */
    public record Match(Brand brand, boolean exact) {
    }
}
