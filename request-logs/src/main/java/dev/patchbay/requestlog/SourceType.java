package dev.patchbay.requestlog;

import java.util.Locale;

/** Where a request came from: a backend with an API key, an AI agent over MCP, or the Hub page. */
public enum SourceType {
  API,
  MCP,
  HUB;

  static final String HUB_SESSION_HEADER = "x-hub-session-token";

  /** {@code /mcp...} is MCP; {@code /hub...} or a Hub session token is the Hub; else the API. */
  static SourceType of(String path, String hubSessionToken) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.equals("/mcp") || p.startsWith("/mcp/")) {
      return MCP;
    }
    if (p.equals("/hub") || p.startsWith("/hub/") || hubSessionToken != null) {
      return HUB;
    }
    return API;
  }
}
