package vn.anm.assistant.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.convert.DurationStyle;

/**
 * The kustomize overlays rendered by kubectl, and the Compose file, hold what an operator relies on:
 * probes on the Actuator paths of the management port, a grace period that covers the service's
 * graceful shutdown, pods that run as non-root on a read-only root, no secret value anywhere, and every
 * variable the service reads either set or documented. (Schema validation: deploy/check.sh.)
 */
class KubernetesManifestTests {

    private static final Set<String> PROBE_PATHS = Set.of("/actuator/health/liveness", "/actuator/health/readiness");
    private static final Pattern DOCKERFILE_ENV = Pattern.compile("^\\s*(?:ENV\\s+)?([A-Z][A-Z0-9_]*)=\\S+", Pattern.MULTILINE);
    private static final Pattern ENV_EXAMPLE = Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=(.*)$", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void runsTwoOrMoreNonRootPodsOnAReadOnlyRoot(String overlay) {
        List<Map<String, Object>> objects = DeployFiles.render(overlay);
        Map<String, Object> deployment = only(objects, "Deployment");
        assertThat((Integer) path(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) path(only(objects, "HorizontalPodAutoscaler"), "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) path(only(objects, "PodDisruptionBudget"), "spec", "minAvailable")).isGreaterThanOrEqualTo(1);
        assertThat((Boolean) path(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot")).isTrue();
        Map<String, Object> container = container(deployment);
        assertThat((Boolean) path(container, "securityContext", "readOnlyRootFilesystem")).isTrue();
        assertThat((Boolean) path(container, "securityContext", "allowPrivilegeEscalation")).isFalse();
        assertThat((List<Object>) path(container, "securityContext", "capabilities", "drop")).contains("ALL");
        assertThat(mountPaths(container)).contains("/data", "/tmp");
        assertThat(ofKinds(objects)).contains("Service", "Ingress", "ConfigMap", "NetworkPolicy", "ServiceMonitor", "PrometheusRule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void probesAskTheActuatorOnTheManagementPort(String overlay) {
        Map<String, Object> container = container(only(DeployFiles.render(overlay), "Deployment"));
        int managementPort = containerPort(container, "management");
        assertThat(managementPort).isEqualTo(Integer.parseInt(envValue(container, "ANM_MANAGEMENT_PORT")));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Object port = path(container, probe, "httpGet", "port");
            assertThat(port).as(probe + " port").isIn("management", managementPort);
            assertThat((String) path(container, probe, "httpGet", "path")).as(probe + " path").isIn(PROBE_PATHS);
        }
        assertThat((String) path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat((String) path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        // Prometheus scrapes the same port, through the Service.
        Map<String, Object> monitor = only(DeployFiles.render(overlay), "ServiceMonitor");
        Map<String, Object> endpoint = first(path(monitor, "spec", "endpoints"));
        assertThat(endpoint).containsEntry("port", "management").containsEntry("path", "/actuator/prometheus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void gracePeriodCoversPreStopAndTheGracefulShutdown(String overlay) {
        Map<String, Object> deployment = only(DeployFiles.render(overlay), "Deployment");
        int grace = (Integer) path(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds");
        List<?> preStop = (List<?>) path(container(deployment), "lifecycle", "preStop", "exec", "command");
        assertThat(preStop.get(0)).isEqualTo("sleep");
        long preStopSeconds = Long.parseLong(String.valueOf(preStop.get(1)));

        assertThat(grace).isGreaterThanOrEqualTo((int) (preStopSeconds + shutdownTimeout().toSeconds()));
    }

    @Test
    void composeWaitsForTheGracefulShutdownToo() {
        Map<String, Object> app = path(DeployFiles.yamlFile(DeployFiles.DEPLOY.resolve("compose/docker-compose.yml")), "services", "app");
        assertThat(DurationStyle.detectAndParse((String) app.get("stop_grace_period"))).isGreaterThan(shutdownTimeout());
        assertThat((Integer) path(app, "deploy", "replicas")).isGreaterThanOrEqualTo(2);
        assertThat(app.get("read_only")).isEqualTo(true);
        assertThat(DeployFiles.read(DeployFiles.DEPLOY.resolve("Dockerfile"))).contains("HEALTHCHECK").contains("USER 10001");
    }

    @Test
    void noSecretHoldsAValue() {
        for (String overlay : DeployFiles.OVERLAYS) {
            for (Map<String, Object> secret : DeployFiles.ofKind(DeployFiles.render(overlay), "Secret")) {
                assertThat(values(secret)).as("Secret in " + overlay).allMatch(String::isEmpty);
            }
        }
        Map<String, Object> template = DeployFiles.yamlFile(DeployFiles.DEPLOY.resolve("k8s/secret.example.yaml"));
        assertThat(values(template)).isNotEmpty().allMatch(String::isEmpty);
        Matcher assignment = ENV_EXAMPLE.matcher(DeployFiles.read(DeployFiles.DEPLOY.resolve("compose/.env.example")));
        while (assignment.find()) {
            if (assignment.group(1).matches(".*(SECRET|TOKEN|PASSWORD|DATA_KEY).*")) {
                assertThat(assignment.group(2)).as(assignment.group(1) + " in .env.example").isEmpty();
            }
        }
    }

    @Test
    void everyVariableTheServiceReadsIsSetOrDocumented() {
        Set<String> setOrDocumented = new HashSet<>(DeployFiles.documented());
        for (String overlay : DeployFiles.OVERLAYS) {
            setOrDocumented.addAll(setInKubernetes(overlay));
        }
        setOrDocumented.addAll(setByTheImage());

        assertThat(DeployFiles.placeholders()).isNotEmpty().allMatch(setOrDocumented::contains);
    }

    @Test
    void everyVariableSetIsOneTheServiceReads() {
        Set<String> read = new HashSet<>(DeployFiles.placeholders());
        read.addAll(DeployFiles.documented());
        for (String overlay : DeployFiles.OVERLAYS) {
            assertThat(setInKubernetes(overlay)).as(overlay).allMatch(name -> read.contains(name) || name.startsWith("ANM_CONTACT_"));
        }
        assertThat(setByTheImage()).allMatch(read::contains);
    }

    @Test
    void envExampleListsEveryDocumentedVariable() {
        Set<String> listed = new LinkedHashSet<>();
        Matcher assignment = ENV_EXAMPLE.matcher(DeployFiles.read(DeployFiles.DEPLOY.resolve("compose/.env.example")));
        while (assignment.find()) {
            listed.add(assignment.group(1));
        }
        for (String name : DeployFiles.documented()) {
            if (name.endsWith("_")) {
                assertThat(listed).as("an example of " + name + "<KEY>").anyMatch(n -> n.startsWith(name));
            } else {
                assertThat(listed).as("deploy/compose/.env.example").contains(name);
            }
        }
    }

    @Test
    void theOperatorRulesAreTheAlertRulesFile() {
        Map<String, Object> plain = DeployFiles.yamlFile(DeployFiles.DEPLOY.resolve("observability/prometheus/anm-alerts.yml"));
        Map<String, Object> crd = DeployFiles.yamlFile(DeployFiles.DEPLOY.resolve("k8s/base/prometheusrule.yaml"));

        Object groups = path(crd, "spec", "groups");
        assertThat(groups).isEqualTo(plain.get("groups"));
    }

    /** spring.lifecycle.timeout-per-shutdown-phase of the service, or Spring Boot's 30 s. */
    static Duration shutdownTimeout() {
        for (String file : List.of("application-prod.yml", "application.yml")) {
            Map<String, Object> yaml = DeployFiles.yamlFile(DeployFiles.ROOT.resolve("src/main/resources/" + file));
            Object lifecycle = yaml.get("spring") instanceof Map<?, ?> spring ? spring.get("lifecycle") : null;
            if (lifecycle instanceof Map<?, ?> map && map.get("timeout-per-shutdown-phase") != null) {
                return DurationStyle.detectAndParse(String.valueOf(map.get("timeout-per-shutdown-phase")));
            }
        }
        return Duration.ofSeconds(30);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> setInKubernetes(String overlay) {
        List<Map<String, Object>> objects = DeployFiles.render(overlay);
        Set<String> names = new LinkedHashSet<>();
        for (Map<String, Object> configMap : DeployFiles.ofKind(objects, "ConfigMap")) {
            names.addAll(((Map<String, Object>) path(configMap, "data")).keySet());
        }
        for (Object env : (List<?>) container(only(objects, "Deployment")).get("env")) {
            names.add((String) ((Map<?, ?>) env).get("name"));
        }
        names.addAll(((Map<String, Object>) path(DeployFiles.yamlFile(DeployFiles.DEPLOY.resolve("k8s/secret.example.yaml")), "stringData")).keySet());
        return names;
    }

    private static Set<String> setByTheImage() {
        String dockerfile = DeployFiles.read(DeployFiles.DEPLOY.resolve("Dockerfile"));
        String runStage = dockerfile.substring(dockerfile.lastIndexOf("FROM "));
        Set<String> names = new LinkedHashSet<>();
        Matcher m = DOCKERFILE_ENV.matcher(runStage.substring(runStage.indexOf("ENV ")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, Object> only(List<Map<String, Object>> objects, String kind) {
        List<Map<String, Object>> found = DeployFiles.ofKind(objects, kind);
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static Set<Object> ofKinds(List<Map<String, Object>> objects) {
        Set<Object> kinds = new HashSet<>();
        objects.forEach(o -> kinds.add(o.get("kind")));
        return kinds;
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = path(deployment, "spec", "template", "spec", "containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static int containerPort(Map<String, Object> container, String name) {
        for (Object port : (List<?>) container.get("ports")) {
            if (name.equals(((Map<?, ?>) port).get("name"))) {
                return (Integer) ((Map<?, ?>) port).get("containerPort");
            }
        }
        throw new AssertionError("no container port named " + name);
    }

    private static String envValue(Map<String, Object> container, String name) {
        for (Object env : (List<?>) container.get("env")) {
            if (name.equals(((Map<?, ?>) env).get("name"))) {
                return String.valueOf(((Map<?, ?>) env).get("value"));
            }
        }
        throw new AssertionError("the container does not set " + name);
    }

    private static List<String> mountPaths(Map<String, Object> container) {
        return ((List<?>) container.get("volumeMounts")).stream().map(m -> (String) ((Map<?, ?>) m).get("mountPath")).toList();
    }

    private static List<String> values(Map<String, Object> secret) {
        List<String> values = new java.util.ArrayList<>();
        for (String field : List.of("data", "stringData")) {
            if (secret.get(field) instanceof Map<?, ?> map) {
                map.values().forEach(v -> values.add(v == null ? "" : String.valueOf(v)));
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static <T> T path(Map<String, Object> object, String... keys) {
        Object current = object;
        for (String key : keys) {
            assertThat(current).as("." + key).isInstanceOf(Map.class);
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Object list) {
        return (Map<String, Object>) ((List<?>) list).get(0);
    }
}
