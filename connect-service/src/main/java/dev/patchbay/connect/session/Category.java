package dev.patchbay.connect.session;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The closed set of connector categories a connect session may name (the official client rejects
 * any other value in a response, so none is accepted in a request either).
 */
public enum Category {
  ATS("ats"),
  HRIS("hris"),
  HRIS_LEGACY("hris-legacy"),
  CRM("crm"),
  IAM("iam"),
  MARKETING("marketing"),
  LMS("lms"),
  STACKONE("stackone"),
  DOCUMENTS("documents"),
  TICKETING("ticketing"),
  SCREENING("screening"),
  MESSAGING("messaging"),
  ACCOUNTING("accounting");

  private final String wire;

  Category(String wire) {
    this.wire = wire;
  }

  @JsonValue
  @Override
  public String toString() {
    return wire;
  }
}
