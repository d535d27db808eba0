package dev.patchbay.engine.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.expression.JsValues;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of one text segment, as fast-xml-parser 5.7.2 reads it with {@code parseTagValue: true}
 * and the options of {@code @stackone/transport} ({@code leadingZeros: false, hex: false}): {@code
 * true}/{@code false} become booleans, decimal numbers that print back the same way become numbers
 * (a port of strnum 2.5.1), anything else stays the original text. So {@code 42} and {@code 1.50}
 * are numbers, while {@code 007}, {@code 0x1F}, {@code -0}, {@code 1e400} and integers beyond 2^53
 * stay strings.
 */
final class XmlScalars {
  private static final Pattern DECIMAL = Pattern.compile("^([-+])?(0*)([0-9]*(\\.[0-9]*)?)$");
  private static final Pattern E_NOTATION =
      Pattern.compile("^([-+])?(0*)(\\d*(\\.\\d*)?[eE][-+]?\\d+)$");
  private static final double MAX_SAFE_INTEGER = 9007199254740991d;

  private XmlScalars() {}

  static JsonNode value(String raw) {
    String trimmed = JsValues.trim(raw);
    if (trimmed.equals("true")) {
      return BooleanNode.TRUE;
    }
    if (trimmed.equals("false")) {
      return BooleanNode.FALSE;
    }
    return toNumber(raw, trimmed);
  }

  private static JsonNode toNumber(String raw, String trimmed) {
    TextNode original = TextNode.valueOf(raw);
    if (trimmed.isEmpty()) {
      return original;
    }
    if (trimmed.equals("0")) {
      return IntNode.valueOf(0);
    }
    if (!Double.isFinite(JsValues.toNumber(TextNode.valueOf(trimmed)))) {
      return original; // NaN, and ±Infinity kept as written ("original")
    }
    if (trimmed.indexOf('e') >= 0 || trimmed.indexOf('E') >= 0) {
      return eNotation(original, trimmed);
    }
    Matcher match = DECIMAL.matcher(trimmed);
    if (!match.matches()) {
      return original;
    }
    String sign = match.group(1) == null ? "" : match.group(1);
    String zeros = match.group(2);
    String withoutZeros = trimZeros(match.group(3));
    int afterZeros = zeros.length() + sign.length();
    boolean decimalAfterZeros = afterZeros < trimmed.length() && trimmed.charAt(afterZeros) == '.';
    if (zeros.length() > 1 || (zeros.length() == 1 && !decimalAfterZeros)) {
      return original; // leading zeros are not numbers
    }
    double number = Double.parseDouble(trimmed);
    String printed = JsValues.toJsString(JsValues.number(number));
    if (number == 0) {
      return number(number);
    }
    if (printed.indexOf('e') >= 0 || printed.indexOf('E') >= 0) {
      return number(number);
    }
    if (trimmed.indexOf('.') >= 0) {
      boolean same =
          printed.equals("0")
              || printed.equals(withoutZeros)
              || printed.equals(sign + withoutZeros);
      return same ? number(number) : original;
    }
    String digits = zeros.isEmpty() ? trimmed : withoutZeros;
    boolean same =
        zeros.isEmpty()
            ? digits.equals(printed) || digits.equals(sign + printed)
            : digits.equals(printed) || (sign + digits).equals(printed);
    return same ? number(number) : original;
  }

  private static JsonNode eNotation(TextNode original, String trimmed) {
    Matcher match = E_NOTATION.matcher(trimmed);
    if (!match.matches()) {
      return original;
    }
    String sign = match.group(1) == null ? "" : match.group(1);
    String zeros = match.group(2);
    String body = match.group(3);
    char e = body.indexOf('e') == -1 ? 'E' : 'e';
    int afterZeros = zeros.length() + sign.length();
    boolean eAfterZeros = afterZeros < trimmed.length() && trimmed.charAt(afterZeros) == e;
    if (zeros.length() > 1 && eAfterZeros) {
      return original;
    }
    if (zeros.length() == 1 && (body.startsWith("." + e) || body.charAt(0) == e)) {
      return number(Double.parseDouble(trimmed));
    }
    if (!zeros.isEmpty()) {
      return original; // leading zeros are not numbers
    }
    return number(Double.parseDouble(trimmed));
  }

  /** strnum's trimZeros: trailing zeros of a fraction go, and a bare dot gets its zero back. */
  private static String trimZeros(String digits) {
    if (digits == null || digits.indexOf('.') < 0) {
      return digits;
    }
    int end = digits.length();
    while (end > 0 && digits.charAt(end - 1) == '0') {
      end--;
    }
    String trimmed = digits.substring(0, end);
    if (trimmed.equals(".")) {
      return "0";
    }
    if (trimmed.startsWith(".")) {
      return "0" + trimmed;
    }
    if (trimmed.endsWith(".")) {
      return trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }

  /**
   * A JS number as the node Jackson would read from its JSON: an int or long when it is a safe
   * integer, else a double (so {@code -0} stays a double).
   */
  static JsonNode number(double value) {
    boolean negativeZero = value == 0 && 1 / value < 0;
    if (!negativeZero && value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER) {
      long whole = (long) value;
      return whole == (int) whole ? IntNode.valueOf((int) whole) : LongNode.valueOf(whole);
    }
    return DoubleNode.valueOf(value);
  }
}
