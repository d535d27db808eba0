package dev.patchbay.accounts.account;

import com.fasterxml.jackson.annotation.JsonValue;

public enum AccountType {
  PRODUCTION("production"),
  TEST("test");

  private final String wire;

  AccountType(String wire) {
    this.wire = wire;
  }

  @JsonValue
  @Override
  public String toString() {
    return wire;
  }
}
