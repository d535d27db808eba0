package dev.patchbay.engine.runtime;

import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small connectors written by a test: a fixed head ({@code https://edge.test}, bearer auth from
 * {@code credentials.token}) plus the test's {@code actions} block.
 */
final class InlineConnectors {
  static final String ORIGIN = "https://edge.test";
  private static final String HEAD =
      """
      StackOne: 1.0.0
      info: { title: Edge, key: edge, version: 0.1.0 }
      baseUrl: https://edge.test
      authentication:
        - custom:
            type: custom
            authorization: { type: bearer, token: $.credentials.token }
      actions:
      """;

  private InlineConnectors() {}

  static ConnectorDefinition load(Path dir, String actions) throws Exception {
    Path file = dir.resolve("edge.connector.s1.yaml");
    Files.writeString(file, HEAD + actions.stripIndent().indent(2));
    return new ConnectorLoader().load(file);
  }
}
