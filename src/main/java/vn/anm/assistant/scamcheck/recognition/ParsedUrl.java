package vn.anm.assistant.scamcheck.recognition;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.google.common.net.InternetDomainName;

/**
 * A link or bare domain taken apart without any network access: scheme, user part before "@", host (as written
 * and in ASCII/punycode), port, path. {@code registrable} is the domain someone registered, by the Public Suffix
 * List's registry part ("vietcombank-xacthuc.top", "langson.gov.vn"); null for an IP address.
 */
public record ParsedUrl(String written, @Nullable String scheme, @Nullable String userInfo, String host, String asciiHost,
        boolean ipLiteral, int port, String path, @Nullable String registrable, @Nullable String publicSuffix) {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]{0,15})://");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?:0x[0-9a-f]+|\\d{8,10})(?:\\.(?:0x[0-9a-f]+|\\d+))*");

    /** The parts of {@code written}, or empty when it is no usable address (malformed IDN, no known public suffix…). */
    public static Optional<ParsedUrl> parse(String written) {
        String rest = written;
        String scheme = null;
        Matcher s = SCHEME.matcher(rest);
        if (s.find()) {
            scheme = s.group(1).toLowerCase(Locale.ROOT);
            rest = rest.substring(s.end());
        }
        int end = firstOf(rest, "/?#\\");
        String authority = end < 0 ? rest : rest.substring(0, end);
        String path = end < 0 ? "" : rest.substring(end);
        String userInfo = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        String hostPort = authority;
        int port = -1;
        String host;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = hostPort.substring(0, close + 1);
            return Optional.of(new ParsedUrl(written, scheme, userInfo, host, host, true, port, path, null, null));
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0) {
            String p = hostPort.substring(colon + 1);
            host = hostPort.substring(0, colon);
            port = p.matches("\\d{1,5}") ? Integer.parseInt(p) : -1;
        } else {
            host = hostPort;
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.length() > 253) {
            return Optional.empty();
        }
        if (IPV4.matcher(host).matches() || (scheme != null && NUMERIC_HOST.matcher(host).matches())) {
            return Optional.of(new ParsedUrl(written, scheme, userInfo, host, host, true, port, path, null, null));
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (!InternetDomainName.isValid(ascii)) {
            return Optional.empty();
        }
        InternetDomainName name = InternetDomainName.from(ascii);
        if (!name.isUnderRegistrySuffix()) {
            return Optional.empty();
        }
        String registrable = name.topDomainUnderRegistrySuffix().toString();
        String suffix = name.registrySuffix().toString();
        return Optional.of(new ParsedUrl(written, scheme, userInfo, host, ascii, false, port, path, registrable, suffix));
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The labels in front of the registrable domain ("a.b" of "a.b.example.com"). */
    public String subdomain() {
        if (registrable == null || asciiHost.length() <= registrable.length()) {
            return "";
        }
        return asciiHost.substring(0, asciiHost.length() - registrable.length() - 1);
    }

    /** The registrable domain's own label, without its public suffix ("vietcombank-xacthuc" of "vietcombank-xacthuc.top"). */
    public String ownLabel() {
        if (registrable == null || publicSuffix == null) {
            return asciiHost;
        }
        return registrable.substring(0, registrable.length() - publicSuffix.length() - 1);
    }

    /** Host and path in lower case, without scheme, query or fragment — what lists match links by. */
    public String key() {
        String p = path;
        int q = firstOf(p, "?#");
        if (q >= 0) {
            p = p.substring(0, q);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        String h = asciiHost.startsWith("www.") && registrable != null && !registrable.equals(asciiHost) ? asciiHost.substring(4) : asciiHost;
        String key = h + p.toLowerCase(Locale.ROOT);
        return key.length() > 300 ? key.substring(0, 300) : key;
    }
}
