package dev.patchbay.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Deployment is probed, limited and locked down; secrets stay out of ConfigMaps and values.
 */
class WorkloadPolicyTest {
  /** Names of settings that hold secrets. */
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(password|secret|token|master.?keys?|admin.?key|credential).*");

  static List<String> valuesSets() throws Exception {
    return RenderedChart.valuesSets();
  }

  @ParameterizedTest
  @MethodSource("valuesSets")
  void everyDeploymentHasProbesLimitsAndANonRootReadOnlyContext(String valuesSet) throws Exception {
    RenderedChart chart = RenderedChart.render(valuesSet);
    List<JsonNode> deployments = chart.ofKind("Deployment");
    assertEquals(ChartRenderTest.SERVICES.size(), deployments.size());
    for (JsonNode deployment : deployments) {
      String name = deployment.path("metadata").path("name").asText();
      JsonNode pod = deployment.path("spec").path("template").path("spec");
      assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), name);
      assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), name);
      for (JsonNode container : pod.path("containers")) {
        String where = name + "/" + container.path("name").asText();
        assertEquals("/q/health/started", probePath(container, "startupProbe"), where);
        assertEquals("/q/health/live", probePath(container, "livenessProbe"), where);
        assertEquals("/q/health/ready", probePath(container, "readinessProbe"), where);
        JsonNode limits = container.path("resources").path("limits");
        assertFalse(limits.path("cpu").asText().isEmpty(), where + " cpu limit");
        assertFalse(limits.path("memory").asText().isEmpty(), where + " memory limit");
        JsonNode security = container.path("securityContext");
        assertTrue(security.path("runAsNonRoot").asBoolean(), where);
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), where);
        assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), where);
        assertEquals("ALL", security.path("capabilities").path("drop").get(0).asText(), where);
        List<String> mounts = new ArrayList<>();
        container.path("volumeMounts").forEach(m -> mounts.add(m.path("mountPath").asText()));
        assertTrue(mounts.contains("/tmp"), where + " writable /tmp: " + mounts);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("valuesSets")
  void networkPoliciesLetOnlyTheIngressControllerAndTheServicesIn(String valuesSet)
      throws Exception {
    RenderedChart chart = RenderedChart.render(valuesSet);
    for (String service : ChartRenderTest.SERVICES) {
      JsonNode spec = chart.find("NetworkPolicy", "patchbay-" + service).orElseThrow().path("spec");
      int port =
          chart
              .find("Service", "patchbay-" + service)
              .orElseThrow()
              .path("spec")
              .path("ports")
              .get(0)
              .path("port")
              .asInt();
      JsonNode ingress = spec.path("ingress");
      // the ingress controller on the public port; accounts-service also the release's other pods
      assertEquals(service.equals("accounts-service") ? 2 : 1, ingress.size(), service);
      for (JsonNode rule : ingress) {
        assertEquals(port, rule.path("ports").get(0).path("port").asInt(), service);
      }
      assertFalse(
          ingress.get(0).path("from").get(0).path("namespaceSelector").isMissingNode(), service);
      List<String> egressPorts = new ArrayList<>();
      spec.path("egress")
          .forEach(r -> r.path("ports").forEach(p -> egressPorts.add(p.path("port").asText())));
      assertTrue(egressPorts.contains("53"), service + " DNS");
      if (!service.equals("accounts-service")) {
        assertTrue(egressPorts.contains("8081"), service + " to accounts-service: " + egressPorts);
      }
    }
  }

  private static String probePath(JsonNode container, String probe) {
    return container.path(probe).path("httpGet").path("path").asText();
  }

  @ParameterizedTest
  @MethodSource("valuesSets")
  void configMapsHoldNoSecret(String valuesSet) throws Exception {
    RenderedChart chart = RenderedChart.render(valuesSet);
    List<String> secretValues = new ArrayList<>();
    for (JsonNode secret : chart.ofKind("Secret")) {
      secret
          .path("data")
          .forEach(v -> secretValues.add(new String(Base64.getDecoder().decode(v.asText()))));
    }
    for (JsonNode configMap : chart.ofKind("ConfigMap")) {
      String name = configMap.path("metadata").path("name").asText();
      configMap
          .path("data")
          .fields()
          .forEachRemaining(
              e -> {
                assertFalse(SECRET_NAME.matcher(e.getKey()).matches(), name + ": " + e.getKey());
                for (String secret : secretValues) {
                  assertFalse(
                      e.getValue().asText().contains(secret), name + " leaks a Secret value");
                }
                for (String line : e.getValue().asText().split("\n")) {
                  // a secret setting may only name an environment variable: ${KAFKA_SASL_PASSWORD}
                  if (line.matches("(?i).*password=.*")) {
                    assertTrue(line.matches(".*password=\"\\$\\{[A-Z_]+}\".*"), name + ": " + line);
                  }
                }
              });
    }
    for (JsonNode deployment : chart.ofKind("Deployment")) {
      for (JsonNode env : deployment.findValues("env")) {
        for (JsonNode variable : env) {
          if (SECRET_NAME.matcher(variable.path("name").asText()).matches()) {
            assertTrue(variable.path("value").isMissingNode(), "a literal secret: " + variable);
            assertFalse(
                variable.path("valueFrom").path("secretKeyRef").isMissingNode(),
                variable.toString());
          }
        }
      }
    }
  }

  @Test
  void valuesDefaultsHoldNoSecret() throws Exception {
    JsonNode values =
        new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(RenderedChart.CHART.resolve("values.yaml")));
    List<String> found = new ArrayList<>();
    collectSecretDefaults("", values, found);
    assertEquals(List.of(), found);
  }

  /** A setting named like a secret must be empty (references to existing Secrets are names). */
  private static void collectSecretDefaults(String path, JsonNode node, List<String> found) {
    node.fields()
        .forEachRemaining(
            e -> {
              String key = path + "." + e.getKey();
              if (e.getValue().isObject()) {
                collectSecretDefaults(key, e.getValue(), found);
              } else if (SECRET_NAME.matcher(e.getKey()).matches()
                  && !e.getKey().matches("(?i)existingSecret.*|caSecret.*")
                  && !e.getValue().asText().isEmpty()) {
                found.add(key + "=" + e.getValue().asText());
              }
            });
  }

  @Test
  void secretValuesGivenAtInstallReachOnlyTheSecret(@TempDir Path work) throws Exception {
    Path values = work.resolve("secrets.yaml");
    String masterKeys = "k1:" + Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'Q');
    Files.writeString(
        values,
        """
        secrets:
          existingSecret: ""
          masterKeys: "%s"
          adminKey: v1.admin.given-at-install
          internalToken: internal-given-at-install
        postgresql:
          existingSecret: ""
          password: db-password-given-at-install
        """
            .formatted(masterKeys));
    RenderedChart chart = RenderedChart.render(RenderedChart.CHART, values);
    JsonNode secret = chart.find("Secret", "patchbay-secrets").orElseThrow();
    assertEquals(
        masterKeys,
        new String(
            Base64.getDecoder().decode(secret.path("data").path("PATCHBAY_MASTER_KEYS").asText())));
    assertEquals(
        "keep",
        secret.path("metadata").path("annotations").path("helm.sh/resource-policy").asText());
    for (String given : List.of(masterKeys, "given-at-install", "db-password-given-at-install")) {
      for (JsonNode o : chart.objects()) {
        if (!o.path("kind").asText().equals("Secret")) {
          assertFalse(o.toString().contains(given), o.path("kind") + " holds a secret value");
        }
      }
    }
  }
}
