package dev.patchbay.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One element of {@code authentication}: an auth config key and its configuration
 * (connector-format.md §3).
 *
 * @param configKey the outer key (exposed at runtime as {@code $.context.authenticationType})
 * @param type {@code custom}, {@code oauth2} or {@code apikey} in known files; independent of
 *     {@code configKey}
 * @param authorization how each request is authorised, or {@code null} when the block is absent
 * @param refreshAuthentication how tokens are obtained or refreshed, or {@code null}
 */
public record AuthenticationOption(
    String configKey,
    String type,
    String label,
    Support support,
    String grantType,
    List<FieldDescriptor> setupFields,
    List<FieldDescriptor> configFields,
    Authorization authorization,
    RefreshAuthentication refreshAuthentication,
    List<Environment> environments,
    List<TestAction> testActions,
    SourceLocation source,
    Map<String, JsonNode> extra) {

  /** Help shown in the connect UI. */
  public record Support(String link, String description, Map<String, JsonNode> extra) {}

  /**
   * A setup or config field. Its value becomes {@code $.credentials.<key>}; a {@code secret} value
   * is stored encrypted and never logged.
   */
  public record FieldDescriptor(
      String key,
      String label,
      String type,
      boolean required,
      boolean secret,
      String placeholder,
      String description,
      String tooltip,
      Map<String, JsonNode> extra) {}

  /**
   * {@code refreshAuthentication}: an optional cron {@code schedule} and the action that obtains
   * tokens.
   */
  public record RefreshAuthentication(
      String schedule, ActionDefinition action, Map<String, JsonNode> extra) {}

  public record Environment(String key, String name, Map<String, JsonNode> extra) {}

  /**
   * An action run after an account connects; a failing {@code required} one rejects the connection.
   */
  public record TestAction(String action, boolean required, Map<String, JsonNode> extra) {}
}
