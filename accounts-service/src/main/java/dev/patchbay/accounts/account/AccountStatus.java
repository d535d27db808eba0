package dev.patchbay.accounts.account;

import com.fasterxml.jackson.annotation.JsonValue;

public enum AccountStatus {
  ACTIVE("active"),
  INACTIVE("inactive"),
  ERROR("error");

  private final String wire;

  AccountStatus(String wire) {
    this.wire = wire;
  }

  @JsonValue
  @Override
  public String toString() {
    return wire;
  }

  /** For query parameters: the enum of a wire value, or null. */
  public static AccountStatus fromWire(String value) {
    for (AccountStatus s : values()) {
      if (s.wire.equals(value)) {
        return s;
      }
    }
    return null;
  }
}
