package dev.patchbay.connect.hubapi;

import java.util.Map;

/**
 * {@code POST /hub/accounts} and {@code PATCH /hub/accounts/{id}}: the connector ({@code
 * integration_id}, the connector key) and the field values the end user typed. The Hub leaves out
 * empty fields, and on an edit the secrets the user did not touch.
 */
public record HubAccountRequest(String integrationId, Map<String, Object> credentials) {

  @Override
  public String toString() {
    return "HubAccountRequest[" + integrationId + ", credentials=<redacted>]";
  }
}
