package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSONPath in the jsonpath-plus dialect on top of Jayway json-path. The gaps between the two are
 * bridged here and only here: StackOne's syntax pre-check, match-count unwrapping (none is
 * undefined, one is the value, more is an array), {@code .length} of arrays and strings, property
 * names ({@code *~}), the parent operator ({@code ^}), negative indexes (no match), a trailing
 * index on strings and objects, {@code [(@.length-n)]}, {@code [?(@property == k)]}, {@code $..},
 * and filters whose {@code @} is not followed by a path (an error once evaluated).
 */
final class JsonPathBridge {
  private static final Configuration CONFIGURATION =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider())
          .mappingProvider(new JacksonMappingProvider())
          .options(Option.ALWAYS_RETURN_LIST)
          .build();
  private static final Pattern DOLLAR_NOT_PATH = Pattern.compile("\\$[^.\\[]");
  private static final Pattern BAD_FILTER_AT =
      Pattern.compile("@(?![.\\s)\\[]|property|root|parent|path)");
  private static final Pattern NEGATIVE_INDEX = Pattern.compile("\\[-\\d+\\]");
  private static final Pattern TRAILING_SEGMENT = Pattern.compile("^(.*)\\.([^.\\[\\]]+)$");
  private static final Pattern TRAILING_INDEX = Pattern.compile("^(.*)\\[(\\d+)\\]$");
  private static final Pattern TRAILING_PROPERTY_FILTER =
      Pattern.compile("^(.*)\\[\\?\\(@property\\s*===?\\s*(?:(\\d+)|'([^']*)')\\)\\]$");
  private static final Pattern TRAILING_LAST =
      Pattern.compile("^(.*)\\[\\(@\\.length\\s*-\\s*(\\d+)\\)\\]$");

  JsonNode evaluate(String path, JsonNode context) {
    if (!isValidSyntax(path)) {
      throw invalid(path);
    }
    if (NEGATIVE_INDEX.matcher(path).find()) {
      return JsValues.UNDEFINED;
    }
    String normalized = path.replace(".$.", ".");
    if (normalized.equals("$.")) {
      normalized = "$";
    }
    return unwrap(matches(normalized, context, path));
  }

  private static boolean isValidSyntax(String path) {
    if (path.contains("$_") || DOLLAR_NOT_PATH.matcher(path).find()) {
      return false;
    }
    long open = path.chars().filter(c -> c == '[').count();
    long close = path.chars().filter(c -> c == ']').count();
    if (open > close) {
      return false;
    }
    return !(path.contains(" ") && open == 0);
  }

  private static ExpressionException invalid(String path) {
    return new ExpressionException("Invalid JSON path: \"" + path + "\"");
  }

  private ArrayNode matches(String path, JsonNode context, String original) {
    if (path.endsWith("..")) {
      ArrayNode all = JsValues.array();
      matches(path.substring(0, path.length() - 2), context, original)
          .forEach(match -> collectObjects(match, all));
      return all;
    }
    Matcher index = TRAILING_INDEX.matcher(path);
    if (index.matches()) {
      return properties(matches(index.group(1), context, original), index.group(2));
    }
    Matcher byName = TRAILING_PROPERTY_FILTER.matcher(path);
    if (byName.matches()) {
      String key = byName.group(2) != null ? byName.group(2) : byName.group(3);
      ArrayNode result = JsValues.array();
      for (JsonNode parent : matches(byName.group(1), context, original)) {
        if (parent.isContainerNode()) {
          result.addAll(properties(single(parent), key));
        }
      }
      return result;
    }
    Matcher last = TRAILING_LAST.matcher(path);
    if (last.matches()) {
      ArrayNode result = JsValues.array();
      for (JsonNode parent : matches(last.group(1), context, original)) {
        if (parent.isArray()) {
          int at = parent.size() - Integer.parseInt(last.group(2));
          result.addAll(properties(single(parent), String.valueOf(at)));
        }
      }
      return result;
    }
    Matcher trailing = TRAILING_SEGMENT.matcher(path);
    if (trailing.matches() && !trailing.group(1).isEmpty() && !trailing.group(1).endsWith(".")) {
      String parent = trailing.group(1);
      String segment = trailing.group(2);
      if (segment.equals("length")) {
        return properties(matches(parent, context, original), "length");
      }
      if (segment.equals("*~")) {
        return propertyNames(matches(parent, context, original));
      }
      if (segment.endsWith("^")) {
        return parentsHaving(
            matches(parent, context, original), segment.substring(0, segment.length() - 1));
      }
    }
    int filterAt = path.indexOf("[?(");
    if (filterAt >= 0 && BAD_FILTER_AT.matcher(path.substring(filterAt)).find()) {
      // jsonpath-plus fails only once it evaluates the filter on some element
      for (JsonNode subject : matches(path.substring(0, filterAt), context, original)) {
        if (subject.isContainerNode() && !subject.isEmpty()) {
          throw invalid(original);
        }
      }
      return JsValues.array();
    }
    try {
      JsonNode result = JsonPath.using(CONFIGURATION).parse(context).read(path);
      return result instanceof ArrayNode array ? array : JsValues.array();
    } catch (PathNotFoundException noMatch) {
      return JsValues.array();
    } catch (InvalidPathException unsupported) {
      throw invalid(original);
    } catch (JsonPathException noMatch) {
      return JsValues.array();
    }
  }

  private static ArrayNode single(JsonNode node) {
    ArrayNode one = JsValues.array();
    one.add(node);
    return one;
  }

  /** jsonpath-plus reads a property of any non-null value that has it as its own. */
  private static ArrayNode properties(ArrayNode parents, String key) {
    ArrayNode result = JsValues.array();
    for (JsonNode parent : parents) {
      JsonNode value =
          JsValues.isNullish(parent) ? JsValues.UNDEFINED : JsValues.getProperty(parent, key);
      if (!JsValues.isUndefined(value)) {
        result.add(value);
      }
    }
    return result;
  }

  /** {@code $..}: the node and, depth first, every descendant whose JS typeof is object. */
  private static void collectObjects(JsonNode node, ArrayNode into) {
    into.add(node);
    for (JsonNode child : node) {
      if (child.isContainerNode() || child.isNull()) {
        collectObjects(child, into);
      }
    }
  }

  private static ArrayNode propertyNames(ArrayNode parents) {
    ArrayNode result = JsValues.array();
    for (JsonNode parent : parents) {
      if (parent.isObject()) {
        parent.fieldNames().forEachRemaining(result::add);
      } else if (parent.isArray()) {
        for (int i = 0; i < parent.size(); i++) {
          result.add(String.valueOf(i));
        }
      }
    }
    return result;
  }

  private static ArrayNode parentsHaving(ArrayNode parents, String key) {
    ArrayNode result = JsValues.array();
    for (JsonNode parent : parents) {
      if (parent.isObject() && parent.has(key)) {
        result.add(parent);
      }
    }
    return result;
  }

  private static JsonNode unwrap(ArrayNode matches) {
    if (matches.isEmpty()) {
      return JsValues.UNDEFINED;
    }
    return matches.size() == 1 ? matches.get(0) : matches;
  }
}
