package dev.patchbay.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses composed YAML into a Jackson tree, remembering where each value was written.
 *
 * <p>Scalars are resolved with the YAML 1.2 core schema, as the JavaScript {@code yaml} package
 * does: {@code yes} is a string, {@code 0x1F} an integer. Duplicate keys in one mapping are an
 * error, as they are there. Anchors and aliases are expanded.
 */
final class YamlReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final ComposedSource source;
  private final Map<String, SourceLocation> locations = new HashMap<>();
  private final Set<Node> converting = Collections.newSetFromMap(new IdentityHashMap<>());

  private YamlReader(ComposedSource source) {
    this.source = source;
  }

  static LocatedDocument read(ComposedSource source) {
    LoadSettings settings =
        LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setUseMarks(true)
            .setLabel("connector")
            .build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(source.text());
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      SourceLocation where =
          mark == null ? source.locate(0, -1) : source.locate(mark.getLine(), mark.getColumn());
      throw new DefinitionException(
          new DefinitionProblem(where, null, "YAML syntax error: " + describe(e)));
    } catch (YamlEngineException e) {
      throw new DefinitionException(
          new DefinitionProblem(
              source.locate(0, -1), null, "YAML syntax error: " + e.getMessage()));
    }
    YamlReader reader = new YamlReader(source);
    List<Object> path = new ArrayList<>();
    reader.locations.put("", source.locate(0, -1));
    JsonNode tree = root.map(node -> reader.convert(node, path)).orElse(NODES.nullNode());
    return new LocatedDocument(tree, reader.locations);
  }

  private JsonNode convert(Node node, List<Object> path) {
    if (!converting.add(node)) {
      throw problem(node, path, "a YAML alias refers to itself");
    }
    try {
      if (node instanceof ScalarNode scalar) {
        return scalar(scalar);
      }
      if (node instanceof SequenceNode sequence) {
        ArrayNode array = NODES.arrayNode();
        for (Node item : sequence.getValue()) {
          path.add(array.size());
          remember(path, item);
          array.add(convert(item, path));
          path.remove(path.size() - 1);
        }
        return array;
      }
      MappingNode mapping = (MappingNode) node;
      ObjectNode object = NODES.objectNode();
      for (NodeTuple entry : mapping.getValue()) {
        if (!(entry.getKeyNode() instanceof ScalarNode keyNode)) {
          throw problem(entry.getKeyNode(), path, "mapping keys must be scalars");
        }
        String key = keyNode.getValue();
        path.add(key);
        if (object.has(key)) {
          throw problem(keyNode, path, "duplicate key '" + key + "'");
        }
        remember(path, keyNode);
        object.set(key, convert(entry.getValueNode(), path));
        path.remove(path.size() - 1);
      }
      return object;
    } finally {
      converting.remove(node);
    }
  }

  private void remember(List<Object> path, Node node) {
    locations.put(LocatedDocument.pointer(path), where(node));
  }

  private SourceLocation where(Node node) {
    return node.getStartMark()
        .map(mark -> source.locate(mark.getLine(), mark.getColumn()))
        .orElseGet(() -> source.locate(0, -1));
  }

  private DefinitionException problem(Node node, List<Object> path, String message) {
    return new DefinitionException(
        new DefinitionProblem(where(node), LocatedDocument.jsonPath(path), message));
  }

  private static JsonNode scalar(ScalarNode scalar) {
    String value = scalar.getValue();
    Tag tag = scalar.getTag();
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return NODES.booleanNode(value.equalsIgnoreCase("true"));
    }
    if (Tag.INT.equals(tag)) {
      return integer(value);
    }
    if (Tag.FLOAT.equals(tag)) {
      return NODES.numberNode(floating(value));
    }
    return NODES.textNode(value);
  }

  private static JsonNode integer(String text) {
    String digits = text.startsWith("+") ? text.substring(1) : text;
    BigInteger value;
    if (digits.startsWith("0x")) {
      value = new BigInteger(digits.substring(2), 16);
    } else if (digits.startsWith("0o")) {
      value = new BigInteger(digits.substring(2), 8);
    } else {
      value = new BigInteger(digits);
    }
    if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
      return NODES.numberNode(value.intValue());
    }
    if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
      return NODES.numberNode(value.longValue());
    }
    return NODES.numberNode(value);
  }

  private static double floating(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
      case "-.inf" -> Double.NEGATIVE_INFINITY;
      case ".nan" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem();
    String context = e.getContext();
    if (context != null && problem != null) {
      return context + ", " + problem;
    }
    return problem != null ? problem : String.valueOf(context);
  }
}
