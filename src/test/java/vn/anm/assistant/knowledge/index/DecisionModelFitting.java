package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.EvalCommand;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.TextFolding;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.analysis.Lexicon;
import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * Refits the decision model and its three lines in one command (docs/evaluation.md):
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.anm.assistant.knowledge.index.DecisionModelFitting
 * </pre>
 * Training data never touches the probe sets: each example question of the knowledge base is matched
 * against an index built without it (five folds: every fifth question of every entry left out at once),
 * as written, without diacritics and in teencode (the lexicon's abbreviations applied in reverse), plus
 * the extended dev set against the whole index. A logistic regression on the entries' {@link Evidence}
 * (standardised, L2) is fitted by gradient descent and written to src/main/resources/knowledge/; the
 * lines (fallback, answer, margin) are then chosen on the same data: most resolved + ½ reached with
 * wrong ≤ 2% and the dev set's out-of-scope messages ≥ 95% clean. The probe sets are only reported.
 */
public final class DecisionModelFitting {

    static final int FOLDS = 5;
    static final double L2 = 1e-3;
    /**
     * Everyday questions outside the bot's field that share words with its entries (sport, prices, weather,
     * school, shopping, transport), written for the fitting and found in no labelled set: out-of-scope
     * examples besides the entries left out, weighted like dev messages.
     */
    static final List<String> EVERYDAY = List.of(
            "Tối nay đội tuyển có đá giao hữu không?", "lịch thi đấu bóng đá tuần này", "ket qua tran bong da hom qua the nao",
            "Giá lợn hơi hôm nay bao nhiêu một cân?", "gia phan bon dam ure hien nay", "Giá xăng có tăng không?",
            "mai trời có rét không", "Dự báo mưa đá ở Cao Lộc", "Tiền điện tháng này sao cao thế?",
            "Con tôi thi vào lớp mười cần hồ sơ gì?", "lich nghi tet cua hoc sinh", "Trường cấp ba nào gần chợ Đông Kinh?",
            "Mua điện thoại trả góp cần giấy tờ gì?", "dien thoai bi vo man hinh sua o dau", "Cách cài hình nền cho máy tính",
            "Xe khách đi Hà Nội mấy giờ chạy?", "Đổi bằng lái xe máy ở đâu?", "cach nau canh chua ca",
            "Làm sao để trồng hồi cho nhiều quả?", "Bệnh viện tỉnh khám vào thứ bảy không?", "thu tuc lam giay khai sinh cho con",
            "Ngân hàng mở cửa mấy giờ?", "Lãi suất gửi tiết kiệm kỳ hạn một năm là bao nhiêu?", "Phim hoạt hình nào hay cho trẻ con?",
            "Quán phở nào ngon ở thành phố?", "Đăng ký học lái xe ô tô mất bao lâu?", "game nao vui de choi voi ban be",
            "Cách làm mứt gừng ngày Tết", "Mua vé tàu đi Đồng Đăng ở đâu?", "Sửa máy giặt gọi ai?",
            "Chiều nay có mưa to không?", "nhiet do o mau son dem nay", "Tuần sau có đợt không khí lạnh nào không?",
            "Giá cà phê hôm nay tăng hay giảm?", "ty gia yen nhat hom nay", "Một chỉ vàng nhẫn bây giờ bao nhiêu tiền?",
            "Giá gạo tám thơm ở chợ bao nhiêu?", "gia sim so dep bao nhieu", "Ai ghi bàn trong trận chung kết tối qua?",
            "bang xep hang ngoai hang anh", "Tối nay kênh nào chiếu trực tiếp bóng chuyền?", "Phim Tết năm nay có phim gì mới?",
            "rap chieu phim gan nhat o dau", "Ca sĩ nào về hát ở hội chợ tuần này?", "Kết quả xổ số hôm qua ra số mấy?",
            "Giờ mở cửa bưu điện huyện", "cach lam banh chung cho deo", "Mua phân bón cho cây na loại nào tốt?");
    /**
     * More everyday questions that name a topic's object without its act (football without betting, rain "mưa" beside
     * "mua bán", gold without investing), written for the fitting and found in no labelled set: not training data (the
     * models stay as fitted), only a check that the second, lower coverage guard answers none of them.
     */
    static final List<String> EVERYDAY_GUARD = List.of(
            "Đội tuyển Việt Nam bao giờ đá trận tới?", "tran bong da toi mai may gio bat dau", "Xem bóng đá trực tiếp trên kênh nào?",
            "Giải bóng đá học sinh huyện năm nay tổ chức ở đâu?", "ket qua bong da ngoai hang anh dem qua", "tối nay có mưa không nhỉ",
            "Giá vàng nhẫn sáng nay thế nào?", "cầu thủ nào ghi nhiều bàn nhất giải năm nay", "Đội bóng của xã đá sân nào?",
            "Giá thuê sân bóng đá mini buổi tối bao nhiêu?");
    /**
     * One-word messages that fit several entries: they must be asked about (CLARIFY), never answered with one
     * entry — a constraint on the lines (the conversation scripts pin "ngân hàng", "tài khoản", "dữ liệu").
     */
    static final List<String> AMBIGUOUS = List.of("ngân hàng", "tài khoản", "dữ liệu", "bị lừa", "lừa đảo", "điện thoại",
            "tin nhắn", "chuyển tiền", "ứng dụng", "mạng xã hội", "cuộc gọi", "tiền", "zalo", "facebook");
    /** A dev message is a citizen's own words: it counts this many left-out phrasings in the answer model. */
    static final double DEV_WEIGHT = Double.parseDouble(System.getProperty("devWeight", "10"));
    static final double MAX_WRONG = 0.02;
    /** Left-out phrasings are harder than citizens' messages (a neighbour's phrasings stay in): a looser bar for them. */
    static final double MAX_WRONG_LEFT_OUT = Double.parseDouble(System.getProperty("maxWrongLeftOut", "0.08"));
    /** Weight of one left-out phrasing against one dev message in the lines' objective. */
    static final double LEFT_OUT_WEIGHT = Double.parseDouble(System.getProperty("leftOutWeight", "0.1"));
    static final double MIN_OOS = 0.95;
    /**
     * The questions of entries left out of the index (in the field, no entry to give: the hardest out-of-scope
     * messages) must stay out at least this often — the shipped model's rate before issue 16's second round, so
     * that more answers are never bought with answers to what the knowledge base does not cover.
     */
    static double minOosEntriesLeftOut = Double.parseDouble(System.getProperty("minOosEntriesLeftOut", "0.727"));
    /** An out-of-scope message offered a choice costs this much (a citizen asking about gold prices shown a scam entry). */
    static final double OOS_CLARIFY_COST = Double.parseDouble(System.getProperty("oosClarifyCost", "0.2"));
    static final List<String> DEV = List.of("src/test/resources/eval/dev.jsonl", "src/test/resources/eval/dev-new-topics.jsonl");
    static final List<String> PROBES = List.of("src/test/resources/eval/probes.jsonl", "src/test/resources/eval/probes2.jsonl");

    /** One message's shortlisted entries with their evidence and which of them are right. */
    record Query(String source, String style, Set<String> acceptable, List<TopicHit> hits) {
        boolean inScope() {
            return !acceptable.isEmpty();
        }
    }

    public static void main(String[] args) throws IOException {
        KnowledgeSnapshot snapshot = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
        List<Query> training = new ArrayList<>(leaveOut(snapshot));
        training.addAll(entriesLeftOut(snapshot));
        TopicIndex full = new TopicIndexBuilder().build(snapshot);
        List<Query> dev = labelled(full, DEV, "dev");
        training.addAll(dev);
        for (int repeat = 0; repeat < 3; repeat++) { // weighted like dev messages: three times each
            EVERYDAY.forEach(text -> training.add(new Query("everyday", "dau", Set.of(), full.search(text))));
        }
        System.out.printf(Locale.ROOT, "training: %d queries (%d left-out phrasings and their variants, %d dev)%n",
                training.size(), training.size() - dev.size(), dev.size());
        LuceneAnswerMatcher shipped = new LuceneAnswerMatcher(full, MatchThresholds.DEFAULTS, DecisionModel.SHIPPED);
        List<Query> outOfIndex = training.stream().filter(q -> q.source().equals("oos")).toList();
        report("entries-left-out, shipped model", shipped, outOfIndex);
        if (minOosEntriesLeftOut < 0) {
            minOosEntriesLeftOut = figures(shipped, outOfIndex.stream()
                    .map(q -> new Query(q.source(), q.style(), q.acceptable(), shipped.ranked(q.hits()))).toList()).oosClean();
        }
        System.out.printf(Locale.ROOT, "entries left out must stay out at least %.3f of the time (-1: as the shipped model)%n", minOosEntriesLeftOut);
        report("dev, shipped model", new LuceneAnswerMatcher(full, MatchThresholds.DEFAULTS, DecisionModel.SHIPPED), dev);
        report("left-out, shipped model", shipped, training.stream().filter(q -> q.source().equals("kb")).toList());
        if (Boolean.getBoolean("shippedOnly")) { // -DshippedOnly=true: measure a matcher change on the training data, fit nothing
            return;
        }
        DecisionModel.Logistic entry = fitEntries(training);
        DecisionModel entryOnly = new DecisionModel(entry, entry, 0, 0);
        LuceneAnswerMatcher ranking = new LuceneAnswerMatcher(full, MatchThresholds.DEFAULTS, entryOnly);
        List<Query> ranked = training.stream().map(q -> new Query(q.source(), q.style(), q.acceptable(), ranking.ranked(q.hits()))).toList();
        DecisionModel unguarded = new DecisionModel(entry, fitAnswers(ranked), 0, 0);
        Lines fitted = lines(full, unguarded, training, AMBIGUOUS.stream().map(text -> new Query("ambiguous", "dau", Set.of(), full.search(text))).toList(),
                EVERYDAY_GUARD.stream().map(text -> new Query("everyday-guard", "dau", Set.of(), full.search(text))).toList());
        MatchThresholds lines = fitted.thresholds();
        DecisionModel model = new DecisionModel(unguarded.entry(), unguarded.answer(), fitted.minCoverage(), fitted.singleChoiceFloor(),
                fitted.confidentCoverage(), fitted.confidentFrom());
        write(model, lines, training.size());
        LuceneAnswerMatcher matcher = new LuceneAnswerMatcher(full, lines, model);
        report("left-out", matcher, training.stream().filter(q -> q.source().equals("kb")).toList());
        report("entries-left-out", matcher, training.stream().filter(q -> q.source().equals("oos")).toList());
        report("dev", matcher, dev);
        if (Boolean.getBoolean("trace")) {
            for (Query q : dev) {
                List<TopicHit> r = matcher.ranked(q.hits());
                if (r.isEmpty()) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "TRACE %s %s ok=%s p1=%.3f p2=%.3f conf=%.3f%n", q.style(), q.inScope() ? "in" : "OOS",
                        q.acceptable().contains(r.get(0).topicId()), r.get(0).probability(), r.size() > 1 ? r.get(1).probability() : 0,
                        model.answerProbability(r));
            }
        }
        for (String probe : PROBES) {
            report(probe, matcher, labelled(full, List.of(probe), "probe"));
        }
        System.out.printf(Locale.ROOT, "lines: fallbackBelow=%.2f answerFrom=%.2f clarifyMargin=%.2f minCoverage=%.2f%n",
                lines.fallbackBelow(), lines.answerFrom(), lines.clarifyMargin(), model.minCoverage());
        System.out.printf(Locale.ROOT, "singleChoiceFloor=%.2f confidentCoverage=%.2f confidentFrom=%.3f%n", model.singleChoiceFloor(),
                model.confidentCoverage(), model.confidentFrom());
    }

    /** Each example question against an index without it, as written, without diacritics and in teencode. */
    static List<Query> leaveOut(KnowledgeSnapshot snapshot) {
        Teencode teencode = new Teencode(snapshot.lexicon());
        Random random = new Random(16);
        List<Query> queries = new ArrayList<>();
        TopicIndexBuilder builder = new TopicIndexBuilder();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Topic> kept = new ArrayList<>();
            Map<String, List<String>> left = new LinkedHashMap<>();
            for (Topic t : snapshot.topics()) {
                List<String> keep = new ArrayList<>();
                for (int i = 0; i < t.questions().size(); i++) {
                    (i % FOLDS == fold ? left.computeIfAbsent(t.id(), k -> new ArrayList<>()) : keep).add(t.questions().get(i));
                }
                kept.add(new Topic(t.id(), t.title(), t.group(), t.severity(), keep, t.keywords(), t.related(), t.sources(),
                        t.reviewed(), t.answer()));
            }
            TopicIndex index = builder.build(new KnowledgeSnapshot(kept, snapshot.contacts(), snapshot.lexicon()));
            left.forEach((topicId, questions) -> {
                for (String q : questions) {
                    queries.add(new Query("kb", "dau", Set.of(topicId), index.search(q)));
                    queries.add(new Query("kb", "khongdau", Set.of(topicId), index.search(TextFolding.fold(q))));
                    queries.add(new Query("kb", "teencode", Set.of(topicId), index.search(teencode.apply(q, random))));
                }
            });
        }
        return queries;
    }

    static final boolean KHONGDAU_OOS = Boolean.parseBoolean(System.getProperty("khongdauOos", "false"));
    static final int ENTRY_GROUPS = Integer.getInteger("entryGroups", 10);

    /**
     * Out-of-scope messages the knowledge base cannot give by itself: the questions of entries left out of
     * the index altogether (a tenth of the entries at a time), which then must not be answered — the
     * hardest kind of out-of-scope message, one whose words the neighbours half share.
     */
    static List<Query> entriesLeftOut(KnowledgeSnapshot snapshot) {
        List<Query> queries = new ArrayList<>();
        TopicIndexBuilder builder = new TopicIndexBuilder();
        List<Topic> topics = snapshot.topics();
        for (int group = 0; group < ENTRY_GROUPS; group++) {
            List<Topic> kept = new ArrayList<>();
            List<Topic> left = new ArrayList<>();
            for (int i = 0; i < topics.size(); i++) {
                (i % ENTRY_GROUPS == group ? left : kept).add(topics.get(i));
            }
            TopicIndex index = builder.build(new KnowledgeSnapshot(kept, snapshot.contacts(), snapshot.lexicon()));
            for (Topic t : left) {
                for (String q : t.questions()) {
                    queries.add(new Query("oos", "dau", Set.of(), index.search(q)));
                    if (KHONGDAU_OOS) {
                        queries.add(new Query("oos", "khongdau", Set.of(), index.search(TextFolding.fold(q))));
                    }
                }
            }
        }
        return queries;
    }

    static List<Query> labelled(TopicIndex index, List<String> files, String source) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String file : files) {
            for (LabelledMessage m : EvalCommand.read(Path.of(file))) {
                queries.add(new Query(source, m.style(), m.acceptable(), index.search(m.text())));
            }
        }
        return queries;
    }

    /** The entry model: every shortlisted entry of every message, right or not. */
    static DecisionModel.Logistic fitEntries(List<Query> queries) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Query q : queries) {
            for (TopicHit hit : q.hits()) {
                xs.add(hit.evidence());
                ys.add(q.acceptable().contains(hit.topicId()) ? 1 : 0);
            }
        }
        return fit("entry", xs, ys, java.util.Collections.nCopies(xs.size(), 1.0));
    }

    /** The answer model: per message, is the best-ranked entry right? */
    static DecisionModel.Logistic fitAnswers(List<Query> ranked) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Query q : ranked) {
            if (!q.hits().isEmpty()) {
                xs.add(DecisionModel.answerInputs(q.hits()));
                ys.add(q.acceptable().contains(q.hits().get(0).topicId()) ? 1 : 0);
                weights.add(q.source().equals("dev") || q.source().equals("everyday") ? DEV_WEIGHT : 1.0);
            }
        }
        return fit("answer", xs, ys, weights);
    }

    /** Logistic regression, standardised inputs, L2, full-batch gradient descent. */
    static DecisionModel.Logistic fit(String name, List<double[]> xs, List<Integer> ys, List<Double> weights) {
        double totalWeight = weights.stream().mapToDouble(Double::doubleValue).sum();
        int n = xs.get(0).length;
        double[] mean = new double[n];
        double[] scale = new double[n];
        for (double[] x : xs) {
            for (int i = 0; i < n; i++) {
                mean[i] += x[i] / xs.size();
            }
        }
        for (double[] x : xs) {
            for (int i = 0; i < n; i++) {
                scale[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / xs.size();
            }
        }
        for (int i = 0; i < n; i++) {
            scale[i] = Math.max(1e-6, Math.sqrt(scale[i]));
        }
        double[][] z = new double[xs.size()][n];
        for (int r = 0; r < xs.size(); r++) {
            for (int i = 0; i < n; i++) {
                z[r][i] = (xs.get(r)[i] - mean[i]) / scale[i];
            }
        }
        double[] w = new double[n];
        double b = 0;
        double rate = 0.5;
        for (int iteration = 0; iteration < 3000; iteration++) {
            double[] grad = new double[n];
            double gb = 0;
            for (int r = 0; r < z.length; r++) {
                double s = b;
                for (int i = 0; i < n; i++) {
                    s += w[i] * z[r][i];
                }
                double err = (1 / (1 + Math.exp(-s)) - ys.get(r)) * weights.get(r);
                gb += err;
                for (int i = 0; i < n; i++) {
                    grad[i] += err * z[r][i];
                }
            }
            b -= rate * gb / totalWeight;
            for (int i = 0; i < n; i++) {
                w[i] -= rate * (grad[i] / totalWeight + L2 * w[i]);
            }
        }
        System.out.printf(Locale.ROOT, "%s model fitted on %d rows, %d positive%n", name, xs.size(), ys.stream().mapToInt(Integer::intValue).sum());
        return new DecisionModel.Logistic(b, w, mean, scale);
    }

    static final double MIN_FLOOR = Double.parseDouble(System.getProperty("minFloor", "0.15"));

    /** A ranked message reduced to what the lines look at. */
    record Outcome(boolean dev, boolean inScope, double p1, double p2, double confidence, boolean firstRight, double[] probabilities,
            boolean[] right, double coverage) { // coverage: what the guard reads (TopicHit#guardCoverage)

        static Outcome of(Query q, DecisionModel model) {
            List<TopicHit> hits = q.hits();
            int k = Math.min(3, hits.size());
            double[] p = new double[k];
            boolean[] right = new boolean[k];
            for (int i = 0; i < k; i++) {
                p[i] = Math.round(hits.get(i).probability() * 1000) / 1000.0;
                right[i] = q.acceptable().contains(hits.get(i).topicId());
            }
            double conf = hits.isEmpty() ? 0 : Math.round(model.answerProbability(hits) * 1000) / 1000.0;
            return new Outcome(q.source().equals("dev"), q.inScope(), hits.isEmpty() ? 0 : hits.get(0).probability(),
                    hits.size() > 1 ? hits.get(1).probability() : 0, conf, k > 0 && right[0], p, right,
                    hits.isEmpty() ? 0 : hits.get(0).guardCoverage());
        }
    }

    /** The three lines and the answer's coverage guard, fitted together. */
    record Lines(MatchThresholds thresholds, double minCoverage, double singleChoiceFloor, double confidentCoverage, double confidentFrom) {

        Lines(MatchThresholds thresholds, double minCoverage, double singleChoiceFloor) {
            this(thresholds, minCoverage, singleChoiceFloor, minCoverage, 2);
        }
    }

    /**
     * The three lines and the coverage guard, chosen on the training queries (the fallback line at least
     * {@code minFloor}: an offered entry must be plausible); the everyday out-of-scope questions must fall back
     * like the dev set's (≥ 95 % not answered), none of the one-word messages that fit several entries may be
     * answered, and the entries left out must stay out as often as with the model shipped before.
     */
    static Lines lines(TopicIndex index, DecisionModel model, List<Query> queries, List<Query> ambiguous, List<Query> guardChecks) {
        LuceneAnswerMatcher ranking = new LuceneAnswerMatcher(index, MatchThresholds.DEFAULTS, model);
        List<Outcome> devQueries = new ArrayList<>();
        List<Outcome> everyday = new ArrayList<>();
        List<Outcome> leftOut = new ArrayList<>();
        List<Outcome> entriesLeftOut = new ArrayList<>();
        for (Query q : queries) {
            Outcome o = Outcome.of(new Query(q.source(), q.style(), q.acceptable(), ranking.ranked(q.hits())), model);
            switch (q.source()) {
                case "dev" -> devQueries.add(o);
                case "everyday" -> everyday.add(o);
                case "oos" -> entriesLeftOut.add(o);
                default -> leftOut.add(o);
            }
        }
        List<Outcome> oneWord = ambiguous.stream().map(q -> Outcome.of(new Query(q.source(), q.style(), q.acceptable(), ranking.ranked(q.hits())), model)).toList();
        Lines best = new Lines(MatchThresholds.DEFAULTS, 0.45, 0);
        double bestScore = -1e9;
        for (double g : GUARDS) {
          for (double single : SINGLE_FLOORS) {
            for (double f = MIN_FLOOR; f <= 0.40001; f += 0.025) {
                for (double a = Math.max(f, 0.2); a <= 0.95001; a += 0.025) {
                    for (double m = 0.05; m <= 1.00001; m += 0.05) {
                        MatchThresholds t = new MatchThresholds(f, a, Math.min(1, m));
                        if (single > 0 && single <= f) {
                            continue;
                        }
                        double score = score(new Lines(t, g, single), devQueries, everyday, oneWord, leftOut, entriesLeftOut);
                        if (score > bestScore + 1e-9) {
                            bestScore = score;
                            best = new Lines(t, g, single);
                        }
                    }
                }
            }
          }
        }
        // Then the second, lower guard for very sure answers, the rest as chosen; it must not answer any
        // everyday out-of-scope question, nor any question of an entry left out, that the lines alone keep out.
        List<Outcome> checks = guardChecks.stream().map(q -> Outcome.of(new Query(q.source(), q.style(), q.acceptable(), ranking.ranked(q.hits())), model)).toList();
        int checksAnswered = checks.size() - figures(best, checks).clean;
        int everydayAnswered = everyday.size() - figures(best, everyday).clean;
        int leftOutAnswered = entriesLeftOut.size() - figures(best, entriesLeftOut).clean;
        for (double cg : CONFIDENT_GUARDS) {
            for (double cf = 0.50; cf <= 0.95001; cf += 0.025) {
                Lines lines = new Lines(best.thresholds(), best.minCoverage(), best.singleChoiceFloor(), Math.min(cg, best.minCoverage()), cf);
                if (everyday.size() - figures(lines, everyday).clean > everydayAnswered
                        || checks.size() - figures(lines, checks).clean > checksAnswered
                        || entriesLeftOut.size() - figures(lines, entriesLeftOut).clean > leftOutAnswered) {
                    continue;
                }
                double score = score(lines, devQueries, everyday, oneWord, leftOut, entriesLeftOut);
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    best = lines;
                }
            }
        }
        return best;
    }

    /** The lines' objective, or -1e9 when they break a constraint. */
    static double score(Lines lines, List<Outcome> devQueries, List<Outcome> everyday, List<Outcome> oneWord, List<Outcome> leftOut,
            List<Outcome> entriesLeftOut) {
        Figures dev = figures(lines, devQueries);
        Figures days = figures(lines, everyday);
        if (dev.wrongRate() > MAX_WRONG || dev.oosClean() < MIN_OOS || days.oosClean() < MIN_OOS
                || figures(lines, oneWord).clean < oneWord.size()) {
            return -1e9;
        }
        Figures left = figures(lines, leftOut);
        if (left.wrongRate() > MAX_WRONG_LEFT_OUT || figures(lines, entriesLeftOut).oosClean() < minOosEntriesLeftOut) {
            return -1e9;
        }
        return LEFT_OUT_WEIGHT * (left.resolved + 0.5 * left.reached) + dev.resolved + 0.5 * dev.reached
                - OOS_CLARIFY_COST * (dev.outClarified + days.outClarified / 3.0);
    }

    /** Second guards tried for very sure answers (-DconfidentGuards=…; empty: none). */
    static final double[] CONFIDENT_GUARDS = java.util.Arrays.stream(System.getProperty("confidentGuards", "0.35,0.38,0.40,0.42").split(","))
            .filter(v -> !v.isBlank()).mapToDouble(Double::parseDouble).toArray();

    /** Single-choice floors tried (0: none): a CLARIFY that would offer one entry below it falls back instead. */
    static final double[] SINGLE_FLOORS = {0, 0.15, 0.20, 0.25, 0.30};

    /**
     * The coverage guards tried: a best phrasing covering less than this is never answered. Lower guards lift
     * resolved@1 (0.40: probes2 0.841 → 0.879 with the lines fitted for it) but answer football questions with the
     * betting entry ("Đội tuyển … đá trận tiếp theo vào ngày nào?", cov 0.43, matcher-smoke o04): not until the
     * evidence tells a topic's object ("bóng đá") from its act ("cá độ"). -Dguards=0.30,0.35,… to try them.
     */
    static final double[] GUARDS = java.util.Arrays.stream(System.getProperty("guards", "0.45,0.50").split(","))
            .mapToDouble(Double::parseDouble).toArray();

    /** As {@link LuceneAnswerMatcher#decide}, on outcomes. */
    static Figures figures(Lines lines, List<Outcome> outcomes) {
        MatchThresholds t = lines.thresholds();
        double singleChoiceFloor = lines.singleChoiceFloor();
        Figures f = new Figures();
        for (Outcome o : outcomes) {
            boolean covered = o.coverage() >= lines.minCoverage()
                    || o.coverage() >= lines.confidentCoverage() && o.confidence() >= lines.confidentFrom();
            boolean answered = o.probabilities().length > 0 && o.p1() >= t.fallbackBelow() && o.confidence() >= t.answerFrom()
                    && o.p2() <= t.clarifyMargin() * o.p1() && covered;
            boolean single = o.p2() < t.fallbackBelow();
            boolean clarified = o.probabilities().length > 0 && o.p1() >= t.fallbackBelow() && !answered
                    && !(single && o.p1() < singleChoiceFloor);
            boolean resolved = answered && o.firstRight();
            boolean reached = resolved;
            if (clarified) {
                for (int i = 0; i < o.probabilities().length; i++) {
                    reached |= o.right()[i] && o.probabilities()[i] >= t.fallbackBelow();
                }
            }
            if (o.inScope()) {
                f.in++;
                f.resolved += resolved ? 1 : 0;
                f.reached += reached ? 1 : 0;
                f.wrong += answered && !resolved ? 1 : 0;
            } else {
                f.out++;
                f.clean += answered ? 0 : 1;
                f.outClarified += clarified ? 1 : 0;
            }
        }
        return f;
    }

    static final class Figures {
        int in;
        int out;
        int resolved;
        int reached;
        int wrong;
        int clean;
        int outClarified;

        double wrongRate() {
            return (double) wrong / Math.max(1, in);
        }

        double oosClean() {
            return out == 0 ? 1 : (double) clean / out;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "in=%4d oos=%3d resolved@1=%.3f reached@3=%.3f wrong=%.3f oos_clean=%.3f",
                    in, out, (double) resolved / Math.max(1, in), (double) reached / Math.max(1, in), wrongRate(), oosClean());
        }
    }

    /** @param ranked queries whose hits are already ranked by the matcher's model */
    static Figures figures(LuceneAnswerMatcher matcher, List<Query> ranked) {
        Figures f = new Figures();
        for (Query q : ranked) {
            MatchResult r = matcher.decide(q.hits());
            String answered = r.decision() == Decision.ANSWER ? r.topic().id() : null;
            boolean resolved = answered != null && q.acceptable().contains(answered);
            boolean reached = resolved || r.decision() == Decision.CLARIFY
                    && r.candidates().stream().map(Candidate::topic).anyMatch(q.acceptable()::contains);
            if (q.inScope()) {
                f.in++;
                f.resolved += resolved ? 1 : 0;
                f.reached += reached ? 1 : 0;
                f.wrong += answered != null && !resolved ? 1 : 0;
            } else {
                f.out++;
                f.clean += answered == null ? 1 : 0;
            }
        }
        return f;
    }

    static void report(String name, LuceneAnswerMatcher matcher, List<Query> queries) {
        List<Query> ranked = queries.stream().map(q -> new Query(q.source(), q.style(), q.acceptable(), matcher.ranked(q.hits()))).toList();
        Map<String, List<Query>> byStyle = new java.util.TreeMap<>();
        ranked.forEach(q -> byStyle.computeIfAbsent(q.style(), s -> new ArrayList<>()).add(q));
        byStyle.forEach((style, qs) -> System.out.printf(Locale.ROOT, "%-40s %-9s %s%n", name, style, figures(matcher, qs)));
        Figures all = figures(matcher, ranked);
        long first = ranked.stream().filter(Query::inScope).filter(q -> !q.hits().isEmpty() && q.acceptable().contains(q.hits().get(0).topicId())).count();
        System.out.printf(Locale.ROOT, "%-40s %-9s %s first=%.3f (counts %d / %d / %d / %d)%n", name, "ALL", all, (double) first / Math.max(1, all.in),
                all.resolved, all.reached, all.wrong, all.clean);
    }

    static void write(DecisionModel model, MatchThresholds lines, int queries) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# The matcher's decision model (vn.anm.assistant.knowledge.index.DecisionModel): two logistic regressions,\n")
                .append("# entry.* over each shortlisted entry's evidence, answer.* over the best two; inputs standardised as\n")
                .append("# (value - mean) / scale. Written by DecisionModelFitting (docs/evaluation.md) from ").append(queries)
                .append(" training messages;\n# do not edit by hand.\n")
                .append(String.format(Locale.ROOT, "# Lines fitted with it: fallbackBelow=%.3f answerFrom=%.3f clarifyMargin=%.3f%n",
                        lines.fallbackBelow(), lines.answerFrom(), lines.clarifyMargin()))
                .append("# The answer's coverage guard, fitted with the lines (LuceneAnswerMatcher):\n")
                .append(String.format(Locale.ROOT, "answer.min_coverage=%.3f%n", model.minCoverage()))
                .append("# A CLARIFY that would offer one entry below this falls back instead (0: never):\n")
                .append(String.format(Locale.ROOT, "answer.single_choice_floor=%.3f%n", model.singleChoiceFloor()))
                .append("# A lower coverage guard for answers at least this sure (confident_from above 1: none):\n")
                .append(String.format(Locale.ROOT, "answer.confident_min_coverage=%.3f%n", model.confidentCoverage()))
                .append(String.format(Locale.ROOT, "answer.confident_from=%.3f%n", model.confidentFrom()));
        append(out, "entry.", model.entry(), Evidence.NAMES);
        append(out, "answer.", model.answer(), DecisionModel.ANSWER_NAMES);
        Files.writeString(Path.of("src/main/resources/knowledge/decision-model.properties"), out, StandardCharsets.UTF_8);
        System.out.print(out);
    }

    private static void append(StringBuilder out, String prefix, DecisionModel.Logistic model, List<String> names) {
        out.append(String.format(Locale.ROOT, "%sbias=%.6f%n", prefix, model.bias()));
        for (int i = 0; i < names.size(); i++) {
            String name = prefix + names.get(i);
            out.append(String.format(Locale.ROOT, "%s.weight=%.6f%n%s.mean=%.6f%n%s.scale=%.6f%n",
                    name, model.weights()[i], name, model.means()[i], name, model.scales()[i]));
        }
    }

    /** The lexicon's abbreviations in reverse: "mật khẩu" → "mk", "không" → "ko"; then often no diacritics at all. */
    static final class Teencode {

        private final List<Map.Entry<String, String>> reverse = new ArrayList<>();

        Teencode(Lexicon lexicon) {
            Map<String, String> byExpansion = new LinkedHashMap<>();
            lexicon.abbreviations().values().stream().sorted(Comparator.comparing(Lexicon.Abbreviation::token))
                    .forEach(a -> byExpansion.putIfAbsent(a.expansion().toLowerCase(Locale.ROOT), a.token()));
            byExpansion.forEach((expansion, token) -> {
                if (!expansion.equals(token) && !expansion.isBlank()) {
                    reverse.add(Map.entry(expansion, token));
                }
            });
            reverse.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        }

        String apply(String question, Random random) {
            String text = " " + question.toLowerCase(Locale.ROOT).replaceAll("[?.,!]", " ") + " ";
            for (Map.Entry<String, String> r : reverse) {
                if (text.contains(" " + r.getKey() + " ") && random.nextDouble() < 0.8) {
                    text = text.replace(" " + r.getKey() + " ", " " + r.getValue() + " ");
                }
            }
            text = text.trim().replaceAll("\\s+", " ");
            return random.nextBoolean() ? TextFolding.fold(text) : text;
        }
    }
}
