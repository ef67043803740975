package vn.anm.assistant.moderation.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import vn.anm.assistant.report.ReportTally;
import vn.anm.assistant.stats.DailyCount;

/**
 * The dashboard's figures for a date range, from the anonymous daily counts and the reports' tallies: totals, per-day
 * series for the charts, top topics with their votes, reports per week by kind and by commune, money reported lost.
 */
public record DashboardFigures(LocalDate from, LocalDate to, List<LocalDate> days, Map<String, long[]> messagesByChannel,
        Map<String, long[]> decisionsByDay, Map<String, Long> totals, List<TopicLine> topics, Map<LocalDate, Map<String, Long>> reportsByWeekAndKind,
        Map<String, Long> reportsByCommune, Map<LocalDate, Long> moneyByWeek, long moneyLost, long reports) {

    /** The decisions drawn day by day (unanswered = FALLBACK + CLARIFY). */
    public static final List<String> CHARTED = List.of("ANSWER", "CLARIFY", "FALLBACK", "URGENT");

    /** A topic's answers and votes; {@code helpfulShare} is null without votes. */
    public record TopicLine(String topic, String title, long answers, long up, long down) {

        public Long helpfulPercent() {
            return up + down == 0 ? null : Math.round(100.0 * up / (up + down));
        }
    }

    public static DashboardFigures of(LocalDate from, LocalDate to, List<DailyCount> counts, List<ReportTally> tallies,
            Function<String, String> titles) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        Map<String, long[]> byChannel = new TreeMap<>();
        Map<String, long[]> byDecision = new LinkedHashMap<>();
        CHARTED.forEach(d -> byDecision.put(d, new long[days.size()]));
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String key : List.of("messages", "ANSWER", "CLARIFY", "FALLBACK", "URGENT", "FEEDBACK_UP", "FEEDBACK_DOWN")) {
            totals.put(key, 0L);
        }
        Map<String, long[]> topicCounts = new LinkedHashMap<>(); // answers, up, down
        for (DailyCount c : counts) {
            int i = (int) (c.day().toEpochDay() - from.toEpochDay());
            if (i < 0 || i >= days.size()) {
                continue;
            }
            byChannel.computeIfAbsent(c.channel(), k -> new long[days.size()])[i] += c.messages();
            totals.merge("messages", c.messages(), Long::sum);
            if (byDecision.containsKey(c.decision())) {
                byDecision.get(c.decision())[i] += c.messages();
            }
            if (totals.containsKey(c.decision())) {
                totals.merge(c.decision(), c.messages(), Long::sum);
            }
            if (!c.topic().isEmpty()) {
                long[] t = topicCounts.computeIfAbsent(c.topic(), k -> new long[3]);
                switch (c.decision()) {
                    case "ANSWER" -> t[0] += c.messages();
                    case "FEEDBACK_UP" -> t[1] += c.messages();
                    case "FEEDBACK_DOWN" -> t[2] += c.messages();
                    default -> { }
                }
            }
        }
        totals.put("unanswered", totals.get("FALLBACK") + totals.get("CLARIFY"));
        List<TopicLine> topics = topicCounts.entrySet().stream()
                .map(e -> new TopicLine(e.getKey(), titles.apply(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(TopicLine::answers).reversed().thenComparing(TopicLine::topic))
                .limit(15).toList();

        Map<LocalDate, Map<String, Long>> byWeekAndKind = new TreeMap<>();
        Map<String, Long> byCommune = new TreeMap<>();
        Map<LocalDate, Long> moneyByWeek = new TreeMap<>();
        long money = 0;
        for (ReportTally t : tallies) {
            LocalDate week = t.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            byWeekAndKind.computeIfAbsent(week, k -> new TreeMap<>()).merge(t.kind() == null ? "OTHER" : t.kind().name(), 1L, Long::sum);
            byCommune.merge(t.commune() == null ? "(không rõ)" : t.commune(), 1L, Long::sum);
            long lost = t.moneyLostDong() == null ? 0 : t.moneyLostDong();
            moneyByWeek.merge(week, lost, Long::sum);
            money += lost;
        }
        return new DashboardFigures(from, to, days, byChannel, byDecision, totals, topics, byWeekAndKind, byCommune, moneyByWeek, money,
                tallies.size());
    }

    /** The per-day series as the chart script reads them (uPlot: x in seconds, then one array per series). */
    public Map<String, Object> chartData() {
        List<Long> x = days.stream().map(d -> d.toEpochDay() * 86_400).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("x", x);
        data.put("channels", seriesOf(messagesByChannel));
        data.put("decisions", seriesOf(decisionsByDay));
        return data;
    }

    private static Map<String, List<Long>> seriesOf(Map<String, long[]> series) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        series.forEach((k, v) -> out.put(k, java.util.Arrays.stream(v).boxed().toList()));
        return out;
    }
}
