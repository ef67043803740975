package vn.anm.assistant.moderation.desk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import vn.anm.assistant.report.CaseStatus;
import vn.anm.assistant.report.DeskFilter;
import vn.anm.assistant.report.IncidentKind;

/**
 * The queue's filter as the page's form sends it (status, kind, from, to, commune, money, channel), read leniently:
 * a value that does not parse is dropped and said in {@link #problems()}, never a 500.
 */
public record DeskQuery(DeskFilter filter, List<String> problems) {

    public static DeskQuery of(MultiValueMap<String, String> params) {
        List<String> problems = new ArrayList<>();
        CaseStatus status = parse(params.getFirst("status"), CaseStatus.class, "trạng thái", problems);
        IncidentKind kind = parse(params.getFirst("kind"), IncidentKind.class, "loại sự việc", problems);
        LocalDate from = day(params.getFirst("from"), "từ ngày", problems);
        LocalDate to = day(params.getFirst("to"), "đến ngày", problems);
        String commune = blankToNull(params.getFirst("commune"));
        Long money = null;
        String moneyText = blankToNull(params.getFirst("money"));
        if (moneyText != null) {
            try {
                money = Math.max(0, Long.parseLong(moneyText.replaceAll("[.,\\s]", "")));
            } catch (NumberFormatException e) {
                problems.add("Số tiền “" + moneyText + "” không phải một số (ví dụ 1000000).");
            }
        }
        String channel = blankToNull(params.getFirst("channel"));
        if (channel != null && !List.of("WEB", "FACEBOOK", "ZALO").contains(channel.toUpperCase(Locale.ROOT))) {
            problems.add("Kênh “" + channel + "” không có.");
            channel = null;
        }
        return new DeskQuery(new DeskFilter(status, kind, from, to, commune, money, channel), List.copyOf(problems));
    }

    /** The filter as query parameters, to carry into export links. */
    public String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        DeskFilter f = filter;
        if (f.status() != null) b.queryParam("status", f.status().name());
        if (f.kind() != null) b.queryParam("kind", f.kind().name());
        if (f.from() != null) b.queryParam("from", f.from().toString());
        if (f.to() != null) b.queryParam("to", f.to().toString());
        if (f.commune() != null) b.queryParam("commune", f.commune());
        if (f.moneyAtLeast() != null) b.queryParam("money", f.moneyAtLeast());
        if (f.channel() != null) b.queryParam("channel", f.channel());
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    /** For the audit log: what was asked for, in words. */
    public String describe() {
        DeskFilter f = filter;
        List<String> parts = new ArrayList<>();
        if (f.status() != null) parts.add("trạng thái " + f.status().label());
        if (f.kind() != null) parts.add("loại " + f.kind().name());
        if (f.from() != null) parts.add("từ " + f.from());
        if (f.to() != null) parts.add("đến " + f.to());
        if (f.commune() != null) parts.add("xã/phường " + f.commune());
        if (f.moneyAtLeast() != null) parts.add("mất từ " + f.moneyAtLeast() + " đ");
        if (f.channel() != null) parts.add("kênh " + f.channel());
        return parts.isEmpty() ? "tất cả" : String.join(", ", parts);
    }

    private static <E extends Enum<E>> @Nullable E parse(@Nullable String value, Class<E> type, String what, List<String> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("Không có " + what + " “" + v + "”.");
            return null;
        }
    }

    private static @Nullable LocalDate day(@Nullable String value, String what, List<String> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add("Ngày “" + v + "” (" + what + ") không đúng dạng năm-tháng-ngày.");
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
