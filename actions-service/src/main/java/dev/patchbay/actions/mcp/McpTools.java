package dev.patchbay.actions.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.actions.ActionsConfig;
import dev.patchbay.actions.meta.OperationDetails;
import dev.patchbay.catalogue.ConnectorCatalog;
import dev.patchbay.catalogue.ConnectorCatalog.CatalogAction;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tools of a linked account: one per published action of its connector, named like the action
 * ({@code <connector key>_<actionId>}) with the action's {@link OperationDetails} as {@code
 * inputSchema}; or, in {@link ToolMode#SEARCH_EXECUTE}, the two meta-tools {@code
 * <key>_search_actions} and {@code <key>_execute_action}.
 */
@ApplicationScoped
public class McpTools {
  static final String SEARCH = "_search_actions";
  static final String EXECUTE = "_execute_action";
  private static final String CURSOR_PREFIX = "offset:";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ConnectorCatalog catalog;
  private final int pageSize;

  public McpTools(ConnectorCatalog catalog, ActionsConfig config) {
    this.catalog = catalog;
    this.pageSize = config.mcp().toolsPageSize();
  }

  /** One page of {@code tools/list}: {@code {tools, nextCursor?}}. */
  ObjectNode page(String provider, ToolMode mode, String cursor) {
    List<ObjectNode> tools =
        mode == ToolMode.SEARCH_EXECUTE ? metaTools(provider) : actionTools(provider);
    int from = offset(cursor);
    ObjectNode page = NODES.objectNode();
    ArrayNode listed = page.putArray("tools");
    tools.stream().skip(from).limit(pageSize).forEach(listed::add);
    if (from + pageSize < tools.size()) {
      page.put("nextCursor", encode(from + pageSize));
    }
    return page;
  }

  /** The published action a tool of this account's connector runs. */
  Optional<CatalogAction> action(String provider, String toolName) {
    return catalog.action(toolName).filter(a -> a.connector().key().equals(provider));
  }

  /**
   * The connector's actions whose id, label or description hold the most words of {@code query},
   * best first, as tools (an empty query matches all).
   */
  List<ObjectNode> search(String provider, String query, int limit) {
    List<String> words =
        Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
            .filter(w -> !w.isEmpty())
            .toList();
    return catalog.connector(provider).stream()
        .flatMap(c -> ConnectorCatalog.published(c).stream().map(a -> new CatalogAction(c, a)))
        .map(a -> new Scored(a, score(a, words)))
        .filter(s -> words.isEmpty() || s.score > 0)
        .sorted(Comparator.comparingInt(Scored::score).reversed())
        .limit(limit)
        .map(s -> tool(s.action.connector(), s.action.action()))
        .toList();
  }

  private record Scored(CatalogAction action, int score) {}

  private static int score(CatalogAction action, List<String> words) {
    ActionDefinition a = action.action();
    String text =
        (action.id() + " " + nonNull(a.label()) + " " + nonNull(a.description()))
            .toLowerCase(Locale.ROOT);
    return (int) words.stream().filter(text::contains).count();
  }

  private List<ObjectNode> actionTools(String provider) {
    return catalog.connector(provider).stream()
        .flatMap(c -> ConnectorCatalog.published(c).stream().map(a -> tool(c, a)))
        .toList();
  }

  private static ObjectNode tool(ConnectorDefinition connector, ActionDefinition action) {
    ObjectNode tool = NODES.objectNode().put("name", ConnectorCatalog.actionId(connector, action));
    if (action.label() != null) {
      tool.put("title", action.label());
    }
    tool.put(
        "description",
        action.description() != null
            ? action.description()
            : nonNull(action.label()) + " (" + connector.key() + ")");
    tool.set("inputSchema", OperationDetails.of(action));
    return tool;
  }

  private List<ObjectNode> metaTools(String provider) {
    if (catalog.connector(provider).isEmpty()) {
      return List.of();
    }
    ObjectNode search =
        NODES
            .objectNode()
            .put("name", provider + SEARCH)
            .put(
                "description",
                "Searches the "
                    + provider
                    + " actions of this account by words of their id, label and description."
                    + " Answers each match with its name and input schema, for "
                    + provider
                    + EXECUTE
                    + ".");
    ObjectNode searchSchema = objectSchema(search);
    properties(searchSchema)
        .putObject("query")
        .put("type", "string")
        .put("description", "Words to look for, e.g. 'list employees'");
    properties(searchSchema)
        .putObject("limit")
        .put("type", "integer")
        .put("minimum", 1)
        .put("maximum", ToolCall.MAX_SEARCH_RESULTS)
        .put("description", "The most matches to answer (default " + ToolCall.SEARCH_RESULTS + ")");
    searchSchema.putArray("required").add("query");

    ObjectNode execute =
        NODES
            .objectNode()
            .put("name", provider + EXECUTE)
            .put(
                "description",
                "Runs one "
                    + provider
                    + " action of this account, as found by "
                    + provider
                    + SEARCH
                    + ", with its arguments.");
    ObjectNode executeSchema = objectSchema(execute);
    properties(executeSchema)
        .putObject("action")
        .put("type", "string")
        .put("description", "The action's name, e.g. " + provider + "_list_employees");
    properties(executeSchema)
        .putObject("arguments")
        .put("type", "object")
        .put("description", "The arguments, as the action's input schema describes them");
    executeSchema.putArray("required").add("action");
    return List.of(search, execute);
  }

  private static ObjectNode objectSchema(ObjectNode tool) {
    ObjectNode schema = tool.putObject("inputSchema").put("type", "object");
    schema.putObject("properties");
    return schema;
  }

  private static ObjectNode properties(ObjectNode schema) {
    return (ObjectNode) schema.get("properties");
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  private static String encode(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(CURSOR_PREFIX)) {
        int offset = Integer.parseInt(raw.substring(CURSOR_PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException notACursor) {
      // answered below
    }
    throw JsonRpc.invalidParams("Invalid cursor: not a cursor from this server");
  }
}
