package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.Node.ArrayLiteral;
import dev.patchbay.engine.expression.Node.Binary;
import dev.patchbay.engine.expression.Node.Conditional;
import dev.patchbay.engine.expression.Node.Filter;
import dev.patchbay.engine.expression.Node.FunctionCall;
import dev.patchbay.engine.expression.Node.Identifier;
import dev.patchbay.engine.expression.Node.Literal;
import dev.patchbay.engine.expression.Node.ObjectLiteral;
import dev.patchbay.engine.expression.Node.Unary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a jexl tree against a context with the JS library's semantics: member access on an
 * array reads its first element, a relative filter keeps the elements for which the expression is
 * truthy, a static filter indexes the subject (or keeps it when the index is a boolean), and any JS
 * TypeError becomes a {@link JexlRuntimeException}.
 */
final class Evaluator {
  private final JsonNode context;
  private final JsonNode relativeContext;
  private final Functions functions;

  Evaluator(JsonNode context, Functions functions) {
    this(context, context, functions);
  }

  private Evaluator(JsonNode context, JsonNode relativeContext, Functions functions) {
    this.context = context;
    this.relativeContext = relativeContext;
    this.functions = functions;
  }

  JsonNode evaluate(Node node) {
    if (node == null) {
      throw new JexlRuntimeException("Cannot read properties of null (reading 'type')");
    }
    if (node instanceof Literal literal) {
      return literal.value();
    } else if (node instanceof Identifier identifier) {
      return identifier(identifier);
    } else if (node instanceof Filter filter) {
      return filter(filter);
    } else if (node instanceof FunctionCall call) {
      return call(call);
    } else if (node instanceof ArrayLiteral array) {
      return array(array);
    } else if (node instanceof ObjectLiteral object) {
      return object(object);
    } else if (node instanceof Unary unary) {
      return JsValues.bool(!JsValues.truthy(evaluate(unary.right())));
    } else if (node instanceof Binary binary) {
      return binary(binary);
    }
    return conditional((Conditional) node);
  }

  private JsonNode identifier(Identifier identifier) {
    if (identifier.from() == null) {
      JsonNode scope = identifier.relative() ? relativeContext : context;
      return JsValues.getProperty(scope, identifier.name());
    }
    JsonNode from = evaluate(identifier.from());
    if (JsValues.isNullish(from)) {
      return JsValues.UNDEFINED;
    }
    if (from.isArray()) {
      from = from.isEmpty() ? JsValues.UNDEFINED : from.get(0);
    }
    return JsValues.getProperty(from, identifier.name());
  }

  private JsonNode filter(Filter filter) {
    JsonNode subject = evaluate(filter.subject());
    return filter.relative()
        ? filterRelative(subject, filter.expr())
        : filterStatic(subject, filter);
  }

  private JsonNode filterRelative(JsonNode subject, Node expr) {
    List<JsonNode> elements = new ArrayList<>();
    if (subject.isArray()) {
      subject.forEach(elements::add);
    } else if (!JsValues.isUndefined(subject)) {
      elements.add(subject);
    }
    ArrayNode matches = JsValues.array();
    for (JsonNode element : elements) {
      JsonNode scope = JsValues.truthy(element) ? element : context;
      if (JsValues.truthy(new Evaluator(context, scope, functions).evaluate(expr))) {
        matches.add(element);
      }
    }
    return matches;
  }

  private JsonNode filterStatic(JsonNode subject, Filter filter) {
    JsonNode index = evaluate(filter.expr());
    if (index.isBoolean()) {
      return index.booleanValue() ? subject : JsValues.UNDEFINED;
    }
    return JsValues.getProperty(subject, JsValues.toPropertyKey(index));
  }

  private JsonNode call(FunctionCall call) {
    if (call.transform() || !functions.has(call.name())) {
      throw new JexlRuntimeException("Jexl Function " + call.name() + " is not defined.");
    }
    List<JsonNode> args = new ArrayList<>();
    call.args().forEach(arg -> args.add(evaluate(arg)));
    return functions.call(call.name(), args);
  }

  private JsonNode array(ArrayLiteral array) {
    ArrayNode result = JsValues.array();
    array.values().forEach(value -> result.add(evaluate(value)));
    return result;
  }

  private JsonNode object(ObjectLiteral object) {
    ObjectNode result = JsValues.object();
    for (Map.Entry<String, Node> entry : object.entries().entrySet()) {
      result.set(entry.getKey(), evaluate(entry.getValue()));
    }
    return result;
  }

  private JsonNode binary(Binary binary) {
    String operator = binary.operator();
    if (operator.equals(Operators.AND) || operator.equals(Operators.OR)) {
      JsonNode left = evaluate(binary.left());
      boolean decided = JsValues.truthy(left) == operator.equals(Operators.OR);
      return decided ? left : evaluate(binary.right());
    }
    JsonNode left = evaluate(binary.left());
    JsonNode right = evaluate(binary.right());
    return Operators.apply(operator, left, right);
  }

  private JsonNode conditional(Conditional conditional) {
    JsonNode test = evaluate(conditional.test());
    if (JsValues.truthy(test)) {
      return conditional.consequent() == null ? test : evaluate(conditional.consequent());
    }
    return evaluate(conditional.alternate());
  }
}
