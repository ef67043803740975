package vn.anm.assistant.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The files under deploy/ as the tests read them: rendered overlays, documented variables, metrics. */
final class DeployFiles {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final List<String> OVERLAYS = List.of("staging", "production");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern BACKTICKED = Pattern.compile("`([A-Z][A-Z0-9_]*(?:<KEY>)?)`|…(_[A-Z0-9_]+)");

    private DeployFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kubectl kustomize} of one overlay, as a list of objects (Debian's kubectl; .ci/run installs it). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> render(String overlay) {
        Path out;
        try {
            out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", DEPLOY.resolve("k8s/overlays/" + overlay).toString())
                    .redirectOutput(out.toFile()).redirectErrorStream(false).start();
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed: "
                        + new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl is needed (apt-get install kubectl)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : yaml().loadAll(read(out))) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yamlFile(Path file) {
        return (Map<String, Object>) yaml().load(read(file));
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    /** Environment variables named in application*.yml placeholders: the ones the service reads by name. */
    static Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String file : List.of("application.yml", "application-prod.yml")) {
            Matcher m = PLACEHOLDER.matcher(read(ROOT.resolve("src/main/resources/" + file)));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * The variables of README.md's configuration table. "…_ANSWER_FROM" stands for the cell's first name
     * with its last words replaced; {@code ANM_CONTACT_<KEY>} is a family, returned as {@code ANM_CONTACT_}.
     */
    static Set<String> documented() {
        String readme = read(ROOT.resolve("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"));
        table = table.substring(0, table.indexOf("\n## ", 3) < 0 ? table.length() : table.indexOf("\n## ", 3));
        Set<String> names = new LinkedHashSet<>();
        for (String line : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            String cell = line.substring(1, line.indexOf('|', 1));
            String first = null;
            Matcher m = BACKTICKED.matcher(cell);
            while (m.find()) {
                if (m.group(1) != null) {
                    String name = m.group(1).replace("<KEY>", "");
                    first = first == null ? name : first;
                    names.add(name);
                } else if (first != null) { // "…_ANSWER_FROM" replaces as many trailing words of the first name
                    String stem = first;
                    for (int words = m.group(2).split("_").length - 1; words > 0; words--) {
                        stem = stem.substring(0, stem.lastIndexOf('_'));
                    }
                    names.add(stem + m.group(2));
                }
            }
        }
        return names;
    }

    private static Yaml yaml() {
        return new Yaml(new LoaderOptions());
    }
}
