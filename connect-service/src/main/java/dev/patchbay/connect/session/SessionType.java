package dev.patchbay.connect.session;

import com.fasterxml.jackson.annotation.JsonValue;

/** The type of the accounts a session links. */
public enum SessionType {
  PRODUCTION("production"),
  TEST("test");

  private final String wire;

  SessionType(String wire) {
    this.wire = wire;
  }

  @JsonValue
  @Override
  public String toString() {
    return wire;
  }
}
