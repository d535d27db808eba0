package dev.patchbay.actions.mcp;

import java.util.Locale;
import java.util.Optional;

/** MCP log levels (RFC 5424 severities), least severe first. */
enum LogLevel {
  DEBUG,
  INFO,
  NOTICE,
  WARNING,
  ERROR,
  CRITICAL,
  ALERT,
  EMERGENCY;

  static Optional<LogLevel> parse(String name) {
    for (LogLevel level : values()) {
      if (level.wireName().equals(name)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a message at {@code level} passes a client that asked for this level and above. */
  boolean admits(LogLevel level) {
    return level.compareTo(this) >= 0;
  }
}
