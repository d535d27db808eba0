package dev.patchbay.common.error;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's description of an unreadable body into a message for the caller: the field and
 * what it expects, never the input itself (it may hold a credential).
 */
final class JsonErrors {
  private static final Pattern CHAIN = Pattern.compile("\\[(?:\"([^\"]*)\"|(\\d+))\\]");
  private static final Pattern ENUM = Pattern.compile("accepted for Enum class: \\[([^\\]]*)\\]");
  private static final Pattern TYPE = Pattern.compile("value of type `([^`]+)`");

  private JsonErrors() {}

  static String describe(String jacksonMessage) {
    int chainStart = jacksonMessage.indexOf("(through reference chain:");
    if (chainStart < 0) {
      return "Malformed JSON body";
    }
    List<String> path = new ArrayList<>();
    Matcher part = CHAIN.matcher(jacksonMessage.substring(chainStart));
    while (part.find()) {
      path.add(part.group(1) != null ? part.group(1) : "[" + part.group(2) + "]");
    }
    String field = String.join(".", path).replace(".[", "[");
    return (field.isEmpty() ? "Invalid JSON body" : "Invalid value for field '" + field + "'")
        + expected(jacksonMessage);
  }

  private static String expected(String message) {
    Matcher values = ENUM.matcher(message);
    if (values.find()) {
      return ": expected one of [" + values.group(1) + "]";
    }
    Matcher type = TYPE.matcher(message);
    if (!type.find()) {
      return "";
    }
    String name = type.group(1);
    if (name.equals("java.lang.String")) {
      return ": expected a string";
    }
    if (name.matches(
        "(int|long|double|float|short|java\\.lang\\.(Integer|Long|Double|Float|Short))")) {
      return ": expected a number";
    }
    if (name.matches("(boolean|java\\.lang\\.Boolean)")) {
      return ": expected a boolean";
    }
    if (name.startsWith("java.util.List")
        || name.startsWith("java.util.Set")
        || name.endsWith("[]")) {
      return ": expected an array";
    }
    return ": expected an object";
  }
}
