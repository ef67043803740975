package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Two small logistic regressions, fitted on the knowledge base's own example questions (each left out of
 * the index it is matched against, also without diacritics and in teencode) and the dev set by
 * DecisionModelFitting (docs/evaluation.md); weights in {@code knowledge/decision-model.properties}.
 * <ul>
 * <li>{@code entry}: from one entry's {@link Evidence}, the probability that it is the entry the message
 * asks about; ranks the shortlist and decides which entries are plausible enough to offer.</li>
 * <li>{@code answer}: from the best two entries' probabilities and the best one's evidence, the probability
 * that the best entry is right: the confidence that decides ANSWER.</li>
 * </ul>
 * Inputs are standardised ((value − mean) / scale), so the weights compare with one another.
 * {@code minCoverage}: an answer also needs one phrasing covering the message this well (fitted with the lines):
 * the models weigh an entry's words anywhere, and a message about football that shares only "bóng đá" with the
 * betting entry must not get its answer. {@code singleChoiceFloor}: a choice of one entry is offered only from
 * this probability; below it the message falls back ("giá vàng hôm nay" is not asked whether it meant the gold
 * investment scam). {@code confidentCoverage} / {@code confidentFrom}: a second, lower coverage guard for answers the
 * answer model is very sure of (teencode and stories cover less of a phrasing although the entry is plain); both fitted
 * with the lines, {@code confidentFrom} above 1 turns it off.
 */
public record DecisionModel(Logistic entry, Logistic answer, double minCoverage, double singleChoiceFloor,
        double confidentCoverage, double confidentFrom) {

    /** Without the second guard. */
    public DecisionModel(Logistic entry, Logistic answer, double minCoverage, double singleChoiceFloor) {
        this(entry, answer, minCoverage, singleChoiceFloor, minCoverage, 2);
    }

    /** Whether the best phrasing covers the message well enough to answer at this confidence. */
    boolean coveredEnough(double coverage, double confidence) {
        return coverage >= minCoverage || coverage >= confidentCoverage && confidence >= confidentFrom;
    }

    static final String RESOURCE = "/knowledge/decision-model.properties";
    static final List<String> ANSWER_NAMES = answerNames();

    public static final DecisionModel SHIPPED = load();

    /** One logistic regression over standardised inputs. */
    public record Logistic(double bias, double[] weights, double[] means, double[] scales) {

        public double probability(double[] x) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * (x[i] - means[i]) / scales[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    double entryProbability(double[] evidence) {
        return entry.probability(evidence);
    }

    /** @param ranked the shortlist, most probable first, with the entry model's probabilities */
    double answerProbability(List<TopicHit> ranked) {
        return answer.probability(answerInputs(ranked));
    }

    static double[] answerInputs(List<TopicHit> ranked) {
        TopicHit best = ranked.get(0);
        double[] x = new double[ANSWER_NAMES.size()];
        x[0] = logit(best.probability());
        x[1] = logit(ranked.size() > 1 ? ranked.get(1).probability() : 0);
        System.arraycopy(best.evidence(), 0, x, 2, Evidence.SIZE);
        return x;
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    private static List<String> answerNames() {
        List<String> names = new ArrayList<>(List.of("best_logit", "runner_up_logit"));
        names.addAll(Evidence.NAMES);
        return List.copyOf(names);
    }

    private static DecisionModel load() {
        Properties p = new Properties();
        try (InputStream in = DecisionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DecisionModel(read(p, "entry.", Evidence.NAMES), read(p, "answer.", ANSWER_NAMES),
                Double.parseDouble(p.getProperty("answer.min_coverage", "0.45")),
                Double.parseDouble(p.getProperty("answer.single_choice_floor", "0")),
                Double.parseDouble(p.getProperty("answer.confident_min_coverage", "0.45")),
                Double.parseDouble(p.getProperty("answer.confident_from", "2")));
    }

    private static Logistic read(Properties p, String prefix, List<String> names) {
        int n = names.size();
        double[] w = new double[n];
        double[] m = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            String name = prefix + names.get(i);
            w[i] = Double.parseDouble(p.getProperty(name + ".weight", "0"));
            m[i] = Double.parseDouble(p.getProperty(name + ".mean", "0"));
            s[i] = Double.parseDouble(p.getProperty(name + ".scale", "1"));
        }
        return new Logistic(Double.parseDouble(p.getProperty(prefix + "bias", "0")), w, m, s);
    }
}
