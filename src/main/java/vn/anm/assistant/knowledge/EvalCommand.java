package vn.anm.assistant.knowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.knowledge.eval.Evaluation;
import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.knowledge.eval.Tally;
import vn.anm.assistant.knowledge.index.LuceneAnswerMatcher;
import vn.anm.assistant.knowledge.index.TopicIndexBuilder;
import vn.anm.assistant.knowledge.source.KnowledgeBaseException;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/**
 * {@code java -jar anm-assistant.jar eval FILE.jsonl [FILE.jsonl…] [--misses] [--kb DIR] [--thresholds F,A,M]}: scores the
 * shipped knowledge base on a labelled set (several files are scored as one), in process, and prints the figures per
 * style and in total.
 */
public final class EvalCommand {

    private EvalCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        boolean showMisses = false;
        MatchThresholds thresholds = MatchThresholds.DEFAULTS;
        Path kb = Path.of(System.getenv().getOrDefault("ANM_KB_DIR", "knowledge-base"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--misses" -> showMisses = true;
                case "--kb" -> kb = i + 1 < args.length ? Path.of(args[++i]) : kb;
                case "--thresholds" -> thresholds = i + 1 < args.length ? parse(args[++i]) : thresholds;
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println("usage: java -jar anm-assistant.jar eval FILE.jsonl [FILE.jsonl…] [--misses] [--kb KNOWLEDGE_BASE_DIR] [--thresholds FALLBACK_BELOW,ANSWER_FROM,CLARIFY_MARGIN]");
            return 2;
        }
        Path file = files.get(0);
        try {
            List<LabelledMessage> messages = new ArrayList<>();
            for (Path f : files) {
                file = f;
                messages.addAll(read(f));
            }
            var snapshot = new KnowledgeBaseLoader(kb, Map.of()).load();
            var matcher = new LuceneAnswerMatcher(new TopicIndexBuilder().build(snapshot), thresholds);
            Evaluation evaluation = Evaluation.run(matcher, messages);
            print(evaluation, showMisses, out);
            return 0;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (KnowledgeBaseException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static MatchThresholds parse(String csv) {
        String[] v = csv.split(",");
        return new MatchThresholds(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]));
    }

    public static List<LabelledMessage> read(Path file) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<LabelledMessage> messages = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                messages.add(mapper.readValue(line, LabelledMessage.class));
            }
        }
        return messages;
    }

    static void print(Evaluation evaluation, boolean showMisses, PrintStream out) {
        evaluation.byStyle().forEach((style, t) -> out.println(String.format(Locale.ROOT, "%-10s in=%3d oos=%3d %s",
                style, t.inScope(), t.outOfScope(), t.figures())));
        if (showMisses) {
            evaluation.misses().forEach(m -> out.println("MISS " + m));
        }
        Tally total = evaluation.total();
        out.println(total.figures() + " n=" + (total.inScope() + total.outOfScope()));
    }
}
