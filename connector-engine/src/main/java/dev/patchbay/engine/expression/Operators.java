package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * The jexl 2.3 operator grammar plus StackOne's {@code ??}: precedence and JavaScript semantics.
 * {@code &&} and {@code ||} short-circuit and are evaluated by the {@link Evaluator}.
 */
final class Operators {
  static final String AND = "&&";
  static final String OR = "||";
  static final String NOT = "!";
  static final int UNARY_PRECEDENCE = Integer.MAX_VALUE;

  private record Binary(int precedence, BinaryOperator<JsonNode> eval) {}

  private static final Map<String, Binary> BINARY = new LinkedHashMap<>();

  static {
    BINARY.put("+", new Binary(30, Operators::plus));
    BINARY.put("-", new Binary(30, numeric((l, r) -> l - r)));
    BINARY.put("*", new Binary(40, numeric((l, r) -> l * r)));
    BINARY.put("/", new Binary(40, numeric((l, r) -> l / r)));
    BINARY.put("//", new Binary(40, numeric((l, r) -> Math.floor(l / r))));
    BINARY.put("%", new Binary(50, numeric((l, r) -> l % r)));
    BINARY.put("^", new Binary(50, numeric(Math::pow)));
    BINARY.put("==", new Binary(20, (l, r) -> JsValues.bool(JsValues.looseEquals(l, r))));
    BINARY.put("!=", new Binary(20, (l, r) -> JsValues.bool(!JsValues.looseEquals(l, r))));
    BINARY.put(">", new Binary(20, (l, r) -> JsValues.bool(less(r, l).orElse(false))));
    BINARY.put(">=", new Binary(20, (l, r) -> JsValues.bool(!less(l, r).orElse(true))));
    BINARY.put("<", new Binary(20, (l, r) -> JsValues.bool(less(l, r).orElse(false))));
    BINARY.put("<=", new Binary(20, (l, r) -> JsValues.bool(!less(r, l).orElse(true))));
    BINARY.put(AND, new Binary(10, null));
    BINARY.put(OR, new Binary(10, null));
    BINARY.put("in", new Binary(20, Operators::in));
    BINARY.put("??", new Binary(0, Operators::coalesce));
  }

  private Operators() {}

  static Set<String> symbols() {
    Set<String> symbols = new java.util.LinkedHashSet<>(BINARY.keySet());
    symbols.add(NOT);
    return symbols;
  }

  static boolean isBinary(String symbol) {
    return BINARY.containsKey(symbol);
  }

  static boolean isUnary(String symbol) {
    return NOT.equals(symbol);
  }

  static int precedence(String symbol) {
    return isUnary(symbol) ? UNARY_PRECEDENCE : BINARY.get(symbol).precedence();
  }

  static JsonNode apply(String symbol, JsonNode left, JsonNode right) {
    return BINARY.get(symbol).eval().apply(left, right);
  }

  private static Optional<Boolean> less(JsonNode left, JsonNode right) {
    return JsValues.lessThan(left, right);
  }

  private static BinaryOperator<JsonNode> numeric(java.util.function.DoubleBinaryOperator op) {
    return (l, r) -> JsValues.number(op.applyAsDouble(JsValues.toNumber(l), JsValues.toNumber(r)));
  }

  private static JsonNode plus(JsonNode left, JsonNode right) {
    JsonNode l = JsValues.toPrimitive(left, false);
    JsonNode r = JsValues.toPrimitive(right, false);
    if (l.isTextual() || r.isTextual()) {
      return JsValues.string(JsValues.toJsString(l) + JsValues.toJsString(r));
    }
    return JsValues.number(JsValues.toNumber(l) + JsValues.toNumber(r));
  }

  private static JsonNode in(JsonNode left, JsonNode right) {
    if (right.isTextual()) {
      return JsValues.bool(right.textValue().contains(JsValues.toJsString(left)));
    }
    if (right.isArray()) {
      for (JsonNode element : right) {
        if (JsValues.strictEquals(element, left)) {
          return JsValues.bool(true);
        }
      }
    }
    return JsValues.bool(false);
  }

  private static JsonNode coalesce(JsonNode left, JsonNode right) {
    boolean absent = JsValues.isNullish(left) || (left.isTextual() && left.textValue().isEmpty());
    return absent ? right : left;
  }
}
