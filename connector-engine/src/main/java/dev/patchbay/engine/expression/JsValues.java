package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The value model and the JavaScript semantics the reference relies on.
 *
 * <p>Values are Jackson nodes. JS {@code undefined} is {@link MissingNode}; NaN, ±Infinity and -0
 * are {@link DoubleNode}s; a JS Date is a {@link POJONode} holding an {@link Instant} (or {@code
 * null} for an invalid date). Objects and arrays compare by reference, as in JS.
 */
public final class JsValues {
  public static final JsonNode UNDEFINED = MissingNode.getInstance();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String WHITESPACE =
      "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
  static final String WHITESPACE_CLASS = "[" + WHITESPACE + "]";
  private static final DateTimeFormatter DATE_STRING =
      DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private JsValues() {}

  public static boolean isUndefined(JsonNode value) {
    return value == null || value.isMissingNode();
  }

  public static boolean isNullish(JsonNode value) {
    return isUndefined(value) || value.isNull();
  }

  public static JsonNode date(Instant instant) {
    return new POJONode(new JsDate(instant));
  }

  /** A JS Date; {@code instant} is null for an invalid date. */
  public record JsDate(Instant instant) {
    /** Serialises like JSON.stringify does a Date: its ISO instant, or null when invalid. */
    @com.fasterxml.jackson.annotation.JsonValue
    String json() {
      return instant == null ? null : ISO_MILLIS.format(instant);
    }
  }

  public static boolean isDate(JsonNode value) {
    return value instanceof POJONode pojo && pojo.getPojo() instanceof JsDate;
  }

  public static Instant dateInstant(JsonNode value) {
    return ((JsDate) ((POJONode) value).getPojo()).instant();
  }

  public static JsonNode number(double value) {
    return DoubleNode.valueOf(value);
  }

  public static JsonNode string(String value) {
    return TextNode.valueOf(value);
  }

  static JsonNode bool(boolean value) {
    return NODES.booleanNode(value);
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** JS String.prototype.trim (hot: every expression is trimmed, so no regex here). */
  public static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isJsWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && isJsWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  /** The characters of {@link #WHITESPACE_CLASS}: JS WhiteSpace and LineTerminator. */
  static boolean isJsWhitespace(char c) {
    return switch (c) {
      case '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          ' ',
          '\u00A0',
          '\u1680',
          '\u2028',
          '\u2029',
          '\u202F',
          '\u205F',
          '\u3000',
          '\uFEFF' ->
          true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }

  public static boolean truthy(JsonNode value) {
    if (isNullish(value)) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      double number = value.doubleValue();
      return number != 0 && !Double.isNaN(number);
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    return true;
  }

  private static boolean isPrimitive(JsonNode value) {
    return !(value.isObject() || value.isArray() || isDate(value));
  }

  /** ToPrimitive; {@code numberHint} selects valueOf first (Dates only differ). */
  static JsonNode toPrimitive(JsonNode value, boolean numberHint) {
    if (isPrimitive(value)) {
      return value;
    }
    if (isDate(value) && numberHint) {
      Instant instant = dateInstant(value);
      return number(instant == null ? Double.NaN : instant.toEpochMilli());
    }
    return string(toJsString(value));
  }

  public static double toNumber(JsonNode value) {
    if (isUndefined(value)) {
      return Double.NaN;
    }
    if (value.isNull()) {
      return 0;
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? 1 : 0;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isTextual()) {
      return stringToNumber(value.textValue());
    }
    return toNumber(toPrimitive(value, true));
  }

  static double stringToNumber(String text) {
    String trimmed = trim(text);
    if (trimmed.isEmpty()) {
      return 0;
    }
    if (trimmed.matches("[+-]?Infinity")) {
      return trimmed.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (trimmed.matches("0[xX][0-9a-fA-F]+")) {
      return new java.math.BigInteger(trimmed.substring(2), 16).doubleValue();
    }
    if (trimmed.matches("0[oO][0-7]+")) {
      return new java.math.BigInteger(trimmed.substring(2), 8).doubleValue();
    }
    if (trimmed.matches("0[bB][01]+")) {
      return new java.math.BigInteger(trimmed.substring(2), 2).doubleValue();
    }
    if (trimmed.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return Double.parseDouble(trimmed);
    }
    return Double.NaN;
  }

  /** JS String(value). */
  public static String toJsString(JsonNode value) {
    if (isUndefined(value)) {
      return "undefined";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return String.valueOf(value.booleanValue());
    }
    if (value.isNumber()) {
      return JsNumbers.toString(value.doubleValue());
    }
    if (value.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          joined.append(',');
        }
        JsonNode element = value.get(i);
        if (!isNullish(element)) {
          joined.append(toJsString(element));
        }
      }
      return joined.toString();
    }
    if (isDate(value)) {
      Instant instant = dateInstant(value);
      return instant == null
          ? "Invalid Date"
          : DATE_STRING.format(instant) + " GMT+0000 (Coordinated Universal Time)";
    }
    return "[object Object]";
  }

  /** JS {@code target[key]}; throws the JS TypeError for null and undefined targets. */
  public static JsonNode getProperty(JsonNode target, String key) {
    if (isNullish(target)) {
      throw new JexlRuntimeException(
          "Cannot read properties of " + toJsString(target) + " (reading '" + key + "')");
    }
    if (target.isObject()) {
      JsonNode value = target.get(key);
      return value == null ? UNDEFINED : value;
    }
    if (target.isArray() || target.isTextual()) {
      int length = target.isArray() ? target.size() : target.textValue().length();
      if (key.equals("length")) {
        return number(length);
      }
      int index = arrayIndex(key);
      if (index < 0 || index >= length) {
        return UNDEFINED;
      }
      return target.isArray()
          ? target.get(index)
          : string(String.valueOf(target.textValue().charAt(index)));
    }
    return UNDEFINED;
  }

  private static int arrayIndex(String key) {
    if (!key.matches("0|[1-9]\\d{0,9}")) {
      return -1;
    }
    long index = Long.parseLong(key);
    return index > Integer.MAX_VALUE ? -1 : (int) index;
  }

  /** JS ToPropertyKey for a computed member access. */
  static String toPropertyKey(JsonNode key) {
    return toJsString(key);
  }

  /** JS {@code ===} (SameValueZero differs only for NaN, see {@link #sameValueZero}). */
  static boolean strictEquals(JsonNode left, JsonNode right) {
    if (isUndefined(left) || isUndefined(right)) {
      return isUndefined(left) && isUndefined(right);
    }
    if (left.isNull() || right.isNull()) {
      return left.isNull() && right.isNull();
    }
    if (left.isNumber() && right.isNumber()) {
      return left.doubleValue() == right.doubleValue();
    }
    if (left.isTextual() && right.isTextual()) {
      return left.textValue().equals(right.textValue());
    }
    if (left.isBoolean() && right.isBoolean()) {
      return left.booleanValue() == right.booleanValue();
    }
    return left == right;
  }

  /** Array.prototype.includes equality. */
  static boolean sameValueZero(JsonNode left, JsonNode right) {
    if (left != null
        && right != null
        && left.isNumber()
        && right.isNumber()
        && Double.isNaN(left.doubleValue())
        && Double.isNaN(right.doubleValue())) {
      return true;
    }
    return strictEquals(left, right);
  }

  /** JS {@code ==}. */
  static boolean looseEquals(JsonNode left, JsonNode right) {
    if (isNullish(left) || isNullish(right)) {
      return isNullish(left) && isNullish(right);
    }
    boolean leftPrimitive = isPrimitive(left);
    boolean rightPrimitive = isPrimitive(right);
    if (!leftPrimitive && !rightPrimitive) {
      return left == right;
    }
    if (!leftPrimitive) {
      return looseEquals(toPrimitive(left, false), right);
    }
    if (!rightPrimitive) {
      return looseEquals(left, toPrimitive(right, false));
    }
    if (left.isTextual() && right.isTextual()) {
      return left.textValue().equals(right.textValue());
    }
    if (left.isBoolean() && right.isBoolean()) {
      return left.booleanValue() == right.booleanValue();
    }
    return toNumber(left) == toNumber(right);
  }

  /**
   * JS abstract relational comparison {@code left < right}: empty when either side is NaN
   * (undefined in the spec), otherwise whether left is less than right.
   */
  static Optional<Boolean> lessThan(JsonNode left, JsonNode right) {
    JsonNode leftPrimitive = toPrimitive(left, true);
    JsonNode rightPrimitive = toPrimitive(right, true);
    if (leftPrimitive.isTextual() && rightPrimitive.isTextual()) {
      return Optional.of(leftPrimitive.textValue().compareTo(rightPrimitive.textValue()) < 0);
    }
    double leftNumber = toNumber(leftPrimitive);
    double rightNumber = toNumber(rightPrimitive);
    if (Double.isNaN(leftNumber) || Double.isNaN(rightNumber)) {
      return Optional.empty();
    }
    return Optional.of(leftNumber < rightNumber);
  }

  static boolean isPlainObject(JsonNode value) {
    return value != null && value.isObject();
  }
}
