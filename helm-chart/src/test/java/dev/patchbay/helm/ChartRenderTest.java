package dev.patchbay.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import dev.patchbay.testing.NodeScripts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lint, render for every values set, and validate every rendered object against the schemas. */
class ChartRenderTest {
  static final Set<String> SERVICES =
      Set.of(
          "accounts-service",
          "connect-service",
          "actions-service",
          "proxy-service",
          "logs-service",
          "webhooks-service");
  private static final List<String> VALIDATOR = List.of("kubernetes-models@5.1.0", "yaml@2");

  static List<String> valuesSets() throws Exception {
    return RenderedChart.valuesSets();
  }

  @Test
  void lintsStrictly() {
    LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();
    assertFalse(lint.isFailed(), "helm lint --strict: " + lint.getMessages());
  }

  @Test
  void rendersTheDefaultsAndTheDeployValuesSets() throws Exception {
    // defaults, a development cluster with operators, production with managed infrastructure
    assertTrue(
        valuesSets().containsAll(List.of("defaults", "values-dev.yaml", "values-production.yaml")),
        "values sets: " + valuesSets());
  }

  @ParameterizedTest
  @MethodSource("valuesSets")
  void everyObjectValidatesAgainstTheKubernetesSchemas(String valuesSet) throws Exception {
    RenderedChart chart = RenderedChart.render(valuesSet);
    JsonNode result =
        NodeScripts.run(
            NodeScripts.install("kubernetes-models", VALIDATOR),
            List.of("validate-manifests.mjs"),
            Map.of(),
            Duration.ofMinutes(2),
            List.of(chart.writeTo(valuesSet + ".rendered.yaml").toString()));
    assertEquals(chart.objects().size(), result.path("objects").asInt(), "objects validated");
  }

  @ParameterizedTest
  @MethodSource("valuesSets")
  void everyServiceHasItsWorkloadObjects(String valuesSet) throws Exception {
    RenderedChart chart = RenderedChart.render(valuesSet);
    for (String kind : List.of("Deployment", "Service", "ConfigMap", "NetworkPolicy")) {
      Set<String> names = new TreeSet<>();
      chart.ofKind(kind).forEach(o -> names.add(o.path("metadata").path("name").asText()));
      for (String service : SERVICES) {
        assertTrue(names.contains("patchbay-" + service), kind + " of " + service + ": " + names);
      }
    }
    List<String> kinds = new ArrayList<>();
    chart.objects().forEach(o -> kinds.add(o.path("kind").asText()));
    assertTrue(kinds.contains("Ingress"), "one Ingress");
    assertFalse(
        chart.yaml().contains("provider-sandbox"),
        "the provider-sandbox is not deployed by default");
  }

  @Test
  void operatorsEnabledRenderTheirCustomResources() throws Exception {
    RenderedChart dev = RenderedChart.render("values-dev.yaml");
    assertTrue(dev.find("Cluster", "patchbay-pg").isPresent(), "CloudNativePG Cluster");
    assertTrue(dev.find("Kafka", "patchbay-kafka").isPresent(), "Strimzi Kafka");
    Set<String> topics = new TreeSet<>();
    dev.ofKind("KafkaTopic").forEach(t -> topics.add(t.path("spec").path("topicName").asText()));
    assertEquals(
        Set.of(
            "platform.accounts",
            "platform.connect-sessions",
            "platform.request-logs",
            "platform.request-alerts",
            "dead-letters.logs-service",
            "dead-letters.webhooks-service"),
        topics);
    JsonNode env = dev.find("ConfigMap", "patchbay-accounts-service").orElseThrow().path("data");
    assertEquals(
        "patchbay-kafka-kafka-bootstrap:9092", env.path("KAFKA_BOOTSTRAP_SERVERS").asText());
    assertTrue(
        env.path("PATCHBAY_DB_URL").asText().startsWith("jdbc:postgresql://patchbay-pg-rw:5432/"));

    RenderedChart defaults = RenderedChart.render("defaults");
    assertTrue(defaults.ofKind("KafkaTopic").isEmpty(), "no custom resources unless enabled");
    assertTrue(defaults.ofKind("Cluster").isEmpty(), "no custom resources unless enabled");
  }

  @Test
  void externalInfrastructureIsWiredFromValues() throws Exception {
    RenderedChart prod = RenderedChart.render("values-production.yaml");
    JsonNode logs = prod.find("ConfigMap", "patchbay-logs-service").orElseThrow().path("data");
    assertTrue(
        logs.path("PATCHBAY_DB_URL").asText().endsWith("/patchbay_logs?sslmode=verify-full"),
        "a service's own database: " + logs);
    JsonNode shared = prod.find("ConfigMap", "patchbay-shared").orElseThrow().path("data");
    String kafka = shared.path("kafka.properties").asText();
    assertTrue(kafka.contains("kafka.security.protocol=SASL_SSL"), kafka);
    assertTrue(kafka.contains("password=\"${KAFKA_SASL_PASSWORD}\""), kafka);
    JsonNode container =
        prod.find("Deployment", "patchbay-accounts-service")
            .orElseThrow()
            .path("spec")
            .path("template")
            .path("spec")
            .path("containers")
            .get(0);
    List<String> secretRefs = new ArrayList<>();
    container
        .path("env")
        .forEach(
            e ->
                secretRefs.add(
                    e.path("name").asText()
                        + "="
                        + e.path("valueFrom").path("secretKeyRef").path("name").asText()));
    assertTrue(
        secretRefs.contains("PATCHBAY_MASTER_KEYS=patchbay-platform"), secretRefs.toString());
    assertTrue(
        secretRefs.contains("PATCHBAY_DB_PASSWORD=patchbay-postgresql"), secretRefs.toString());
    assertTrue(secretRefs.contains("KAFKA_SASL_PASSWORD=patchbay-kafka"), secretRefs.toString());
    assertTrue(prod.ofKind("Secret").isEmpty(), "existing Secrets only");
  }
}
