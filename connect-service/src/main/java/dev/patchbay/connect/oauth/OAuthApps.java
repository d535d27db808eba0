package dev.patchbay.connect.oauth;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.connect.ConnectConfig;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.AuthenticationOption.FieldDescriptor;
import dev.patchbay.engine.definition.ConnectorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operator's OAuth apps ({@code patchbay.connect.oauth-apps.<connector>.<setup field>}): the
 * values of an auth option's {@code setupFields}, set once per Patchbay, never typed by end users.
 */
@ApplicationScoped
public class OAuthApps {
  private final Map<String, Map<String, String>> apps;

  public OAuthApps(ConnectConfig config) {
    this.apps = config.connect().oauthApps();
  }

  /**
   * The option's setup values; a 422 naming the missing fields (never their values) when a required
   * one is not configured.
   */
  public Map<String, String> setupValues(
      ConnectorDefinition connector, AuthenticationOption option) {
    Map<String, String> configured = apps.getOrDefault(connector.key(), Map.of());
    Map<String, String> values = new LinkedHashMap<>();
    for (FieldDescriptor field : option.setupFields()) {
      String value = configured.get(field.key());
      if (value != null && !value.isBlank()) {
        values.put(field.key(), value);
      } else if (field.required()) {
        throw new ApiException(
            ErrorKind.UNPROCESSABLE,
            connector.info().title()
                + " cannot be connected yet: its OAuth app is not configured in Patchbay ("
                + "patchbay.connect.oauth-apps."
                + connector.key()
                + "."
                + field.key()
                + ")");
      }
    }
    return values;
  }
}
