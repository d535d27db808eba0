package dev.patchbay.engine.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.function.Supplier;

/** {@link CredentialsPort#of}: credentials in a field, replaced by each refresh. */
final class InMemoryCredentials implements CredentialsPort {
  private volatile JsonNode credentials;

  InMemoryCredentials(JsonNode credentials) {
    this.credentials = credentials == null ? JsonNodeFactory.instance.objectNode() : credentials;
  }

  @Override
  public JsonNode current() {
    return credentials;
  }

  @Override
  public synchronized JsonNode refresh(JsonNode stale, Supplier<JsonNode> runRefresh) {
    credentials = runRefresh.get();
    return credentials;
  }

  @Override
  public String toString() {
    return "CredentialsPort[in memory, <redacted>]";
  }
}
