package dev.patchbay.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One conformance step from {@code src/test/resources/conformance/<key>.yaml}: run an action with
 * {@code params} and check {@code expect}. See the module README for every key.
 */
record Scenario(
    String name,
    String action,
    String authConfig,
    JsonNode params,
    List<JsonNode> faults,
    boolean expireTokens,
    JsonNode expect,
    JsonNode save) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The scenarios file of one connector. */
  record Suite(String provider, List<Scenario> scenarios) {}

  static Suite read(Path file, String connectorKey) throws IOException {
    Object yaml = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    JsonNode root = MAPPER.valueToTree(yaml);
    List<Scenario> scenarios = new ArrayList<>();
    for (JsonNode node : root.path("scenarios")) {
      List<JsonNode> faults = new ArrayList<>();
      node.path("faults").forEach(faults::add);
      String action = node.path("action").asText();
      scenarios.add(
          new Scenario(
              node.path("name").asText(action),
              action,
              node.path("auth_config").asText(null),
              node.has("params") ? node.get("params") : MAPPER.createObjectNode(),
              faults,
              node.path("expire_tokens").asBoolean(false),
              node.has("expect") ? node.get("expect") : MAPPER.createObjectNode(),
              node.has("save") ? node.get("save") : MAPPER.createObjectNode()));
    }
    return new Suite(root.path("provider").asText(connectorKey), scenarios);
  }

  static ObjectNode emptyObject() {
    return MAPPER.createObjectNode();
  }
}
