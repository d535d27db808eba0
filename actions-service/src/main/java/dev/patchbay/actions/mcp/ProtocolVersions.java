package dev.patchbay.actions.mcp;

import java.util.List;

/** The MCP protocol versions this server speaks, newest first. */
final class ProtocolVersions {
  static final List<String> SUPPORTED = List.of("2025-11-25", "2025-06-18", "2025-03-26");

  /** What a request without {@code MCP-Protocol-Version} is taken to speak (transports spec). */
  static final String ASSUMED = "2025-03-26";

  private ProtocolVersions() {}

  /** The client's version when supported, else the newest (the client may then disconnect). */
  static String negotiate(String requested) {
    return SUPPORTED.contains(requested) ? requested : SUPPORTED.get(0);
  }

  static boolean supported(String version) {
    return SUPPORTED.contains(version);
  }
}
