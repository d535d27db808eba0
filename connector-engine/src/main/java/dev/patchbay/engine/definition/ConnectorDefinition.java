package dev.patchbay.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded connector: the main file with its partials spliced in, validated and typed.
 *
 * @param source the main file
 * @param formatVersion the {@code StackOne} key ({@code 1.0.0})
 * @param baseUrl the expression prefixed to every request url, or {@code null} when every step sets
 *     its own
 * @param resources documentation links ({@code resources}, or the older {@code context}); ignored
 *     at runtime
 * @param extra root keys this model does not name, kept as written
 */
public record ConnectorDefinition(
    SourceLocation source,
    String formatVersion,
    ConnectorInfo info,
    String baseUrl,
    List<AuthenticationOption> authentication,
    List<ActionDefinition> actions,
    RateLimit rateLimit,
    String resources,
    String releaseStage,
    String schemaType,
    Map<String, ScopeDefinition> scopeDefinitions,
    Map<String, JsonNode> extra) {

  public String key() {
    return info.key();
  }

  public String version() {
    return info.version();
  }

  /** The categories of the connector's actions, in order of first use. */
  public Set<String> categories() {
    Set<String> categories = new LinkedHashSet<>();
    actions.forEach(action -> categories.addAll(action.categories()));
    return categories;
  }

  public Optional<ActionDefinition> action(String actionId) {
    return actions.stream().filter(a -> a.actionId().equals(actionId)).findFirst();
  }

  public Optional<AuthenticationOption> authentication(String configKey) {
    return authentication.stream().filter(a -> a.configKey().equals(configKey)).findFirst();
  }

  /**
   * {@code info} of a connector. {@code assets} holds {@code icon} and anything else found there.
   */
  public record ConnectorInfo(
      String title,
      String key,
      String version,
      String description,
      Map<String, JsonNode> assets,
      Map<String, JsonNode> extra) {

    public Optional<String> iconUrl() {
      return Optional.ofNullable(assets.get("icon")).map(JsonNode::asText);
    }
  }

  /** {@code rateLimit}: requests per second and, optionally, concurrent requests. */
  public record RateLimit(Double mainRatelimit, Integer concurrency, Map<String, JsonNode> extra) {}

  /** One entry of {@code scopeDefinitions}. */
  public record ScopeDefinition(
      String description, List<String> includes, Map<String, JsonNode> extra) {}
}
