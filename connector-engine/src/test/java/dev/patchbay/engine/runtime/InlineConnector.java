package dev.patchbay.engine.runtime;

import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a connector for one test into a folder and loads it. */
final class InlineConnector {
  private static final ConnectorLoader LOADER = new ConnectorLoader();

  private InlineConnector() {}

  /**
   * @param root everything up to and including {@code actions:}
   * @param actions the action list, indented as if at the top level
   */
  static ConnectorDefinition load(Path dir, String root, String actions) throws Exception {
    Path file = dir.resolve("inline.connector.s1.yaml");
    Files.writeString(file, root.stripIndent() + actions.stripIndent().indent(2));
    return LOADER.load(file);
  }
}
