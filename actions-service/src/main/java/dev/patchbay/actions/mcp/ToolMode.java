package dev.patchbay.actions.mcp;

import dev.patchbay.common.error.ApiException;

/**
 * How an account's actions appear as tools ({@code tool-mode} query parameter): one tool per
 * action, or two meta-tools that search the actions and execute one, for large catalogues.
 */
enum ToolMode {
  INDIVIDUAL("individual"),
  SEARCH_EXECUTE("search_execute");

  static final String PARAMETER = "tool-mode";

  private final String wireName;

  ToolMode(String wireName) {
    this.wireName = wireName;
  }

  static ToolMode parse(String value) {
    if (value == null || value.isBlank()) {
      return INDIVIDUAL;
    }
    for (ToolMode mode : values()) {
      if (mode.wireName.equals(value.trim())) {
        return mode;
      }
    }
    throw ApiException.badRequest(
        "Invalid value for query parameter '"
            + PARAMETER
            + "': expected one of [individual, search_execute]");
  }
}
