package io.exportpermits.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests and the Helm chart that `./mvnw package` generates (quarkus-kubernetes,
 * quarkus-helm), checked for what running several replicas needs, since no cluster runs here: a selector
 * without the version, probes on the health endpoints, the Dockerfile's memory, secrets for the pepper and
 * the database, the shared rate limit, an autoscaler and a disruption budget that match the Deployment, and
 * a chart whose templates draw their values from values.yaml.
 */
class DeploymentManifestsIT {
    private static final Path MANIFESTS = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final Path CHART = Path.of("target", "helm", "kubernetes", "export-permits");
    private static final ObjectMapper YAML = new YAMLMapper();

    private static Map<String, JsonNode> resources() throws IOException {
        Map<String, JsonNode> byKind = new HashMap<>();
        try (var parser = new YAMLFactory().createParser(MANIFESTS.toFile())) {
            for (var documents = YAML.readValues(parser, JsonNode.class); documents.hasNext(); ) {
                JsonNode resource = documents.next();
                if (resource != null && !resource.isEmpty()) {
                    assertFalse(byKind.containsKey(resource.path("kind").asText()), "one " + resource.path("kind"));
                    byKind.put(resource.path("kind").asText(), resource);
                }
            }
        }
        return byKind;
    }

    @Test
    void theDeploymentRunsReplicasThatAKubernetesUpgradeCanReplace() throws IOException {
        Map<String, JsonNode> resources = resources();
        assertEquals(List.of("Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service"),
                resources.keySet().stream().sorted().toList(), "no Job, ServiceMonitor or RBAC to trip an upgrade");
        JsonNode deployment = resources.get("Deployment");
        assertEquals(2, deployment.path("spec").path("replicas").asInt());
        JsonNode selector = deployment.path("spec").path("selector").path("matchLabels");
        assertEquals(Map.of("app.kubernetes.io/name", "export-permits"), YAML.convertValue(selector, Map.class),
                "a selector cannot change: the version must not be in it");
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        selector.fields().forEachRemaining(label -> assertEquals(label.getValue(), podLabels.path(label.getKey())));

        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText());
        assertEquals(8080, container.path("ports").get(0).path("containerPort").asInt());
        assertEquals(composeMemoryLimit(), container.path("resources").path("limits").path("memory").asText(),
                "the memory the Dockerfile's JAVA_OPTS are sized for");
        assertEquals(container.path("resources").path("limits").path("memory"),
                container.path("resources").path("requests").path("memory"));
        assertFalse(container.path("resources").path("limits").has("cpu"), "no CPU limit: throttling would stall polls");
        assertEquals("export-permits", container.path("envFrom").get(0).path("secretRef").path("name").asText());
        Map<String, String> env = new HashMap<>();
        container.path("env").forEach(variable -> env.put(variable.path("name").asText(), variable.path("value").asText()));
        assertEquals("redis", env.get("EXPORT_PERMITS_RATE_LIMIT_STORE"), "replicas share one rate limit");
        assertFalse(env.containsKey("QUARKUS_FLYWAY_ACTIVE"), "each pod migrates under Flyway's lock");

        JsonNode autoscaler = resources.get("HorizontalPodAutoscaler").path("spec");
        assertEquals("Deployment", autoscaler.path("scaleTargetRef").path("kind").asText());
        assertEquals("export-permits", autoscaler.path("scaleTargetRef").path("name").asText());
        assertEquals(2, autoscaler.path("minReplicas").asInt());
        assertTrue(autoscaler.path("maxReplicas").asInt() > 2);
        JsonNode budget = resources.get("PodDisruptionBudget").path("spec");
        assertEquals(1, budget.path("maxUnavailable").asInt());
        assertEquals(selector, budget.path("selector").path("matchLabels"), "the budget covers the Deployment's pods");
        assertEquals(selector, resources.get("Service").path("spec").path("selector"));
    }

    /** Every value a template reads is in values.yaml, and the chart names itself and its version. */
    @Test
    void theHelmChartsTemplatesReadValuesItDefines() throws IOException {
        JsonNode chart = YAML.readTree(CHART.resolve("Chart.yaml").toFile());
        assertEquals("export-permits", chart.path("name").asText());
        assertFalse(chart.path("version").asText().isEmpty());
        JsonNode values = YAML.readTree(CHART.resolve("values.yaml").toFile());
        List<String> templates = new ArrayList<>();
        try (var files = Files.list(CHART.resolve("templates"))) {
            files.filter(file -> file.toString().endsWith(".yaml")).forEach(file -> templates.add(file.getFileName().toString()));
        }
        assertEquals(List.of("deployment.yaml", "horizontalpodautoscaler.yaml", "poddisruptionbudget.yaml", "service.yaml"),
                templates.stream().sorted().toList());
        Pattern reference = Pattern.compile("\\.Values\\.([A-Za-z0-9_.]+)");
        int references = 0;
        for (String template : templates) {
            Matcher found = reference.matcher(Files.readString(CHART.resolve("templates").resolve(template)));
            while (found.find()) {
                references++;
                JsonNode value = values;
                for (String step : found.group(1).split("\\.")) {
                    value = value.path(step);
                }
                assertFalse(value.isMissingNode(), template + " reads .Values." + found.group(1) + ", absent");
            }
        }
        assertTrue(references > 10, "the templates are parameterised (" + references + " values read)");
        assertEquals(2, values.path("app").path("replicas").asInt());
        assertTrue(values.path("app").path("image").asText().contains("export-permits"));
    }

    private static String composeMemoryLimit() throws IOException {
        Matcher limit = Pattern.compile("mem_limit:\\s*(\\d+)m").matcher(Files.readString(Path.of("docker", "compose.yaml")));
        assertTrue(limit.find());
        return limit.group(1) + "Mi";
    }
}
