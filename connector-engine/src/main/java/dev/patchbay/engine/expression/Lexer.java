package dev.patchbay.engine.expression;

import dev.patchbay.engine.expression.Token.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits a jexl 2.3 expression into tokens the way the JS library does: one split regex of strings,
 * whitespace, booleans, grammar elements, identifiers and numbers; a minus directly after an
 * operator, an opening bracket or parenthesis, {@code ?} or {@code :} joins the next element.
 */
final class Lexer {
  private static final String WORD_BEFORE = "(?<![A-Za-z0-9_])";
  private static final String WORD_AFTER = "(?![A-Za-z0-9_])";
  private static final String IDENT_START =
      "a-zA-Z\u0430-\u044F\u0410-\u042F_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF$";
  private static final String IDENT_PART = IDENT_START + "0-9";
  private static final Pattern IDENTIFIER =
      Pattern.compile("[" + IDENT_START + "][" + IDENT_PART + "]*");
  private static final Pattern NUMERIC = Pattern.compile("-?(?:(?:[0-9]*\\.[0-9]+)|[0-9]+)");
  private static final Pattern WHITESPACE = Pattern.compile(JsValues.WHITESPACE_CLASS + "*");

  /** Grammar elements that are not operators, by their text. */
  private static final Map<String, Type> PUNCTUATION =
      Map.ofEntries(
          Map.entry(".", Type.DOT),
          Map.entry("[", Type.OPEN_BRACKET),
          Map.entry("]", Type.CLOSE_BRACKET),
          Map.entry("|", Type.PIPE),
          Map.entry("{", Type.OPEN_CURL),
          Map.entry("}", Type.CLOSE_CURL),
          Map.entry(":", Type.COLON),
          Map.entry(",", Type.COMMA),
          Map.entry("(", Type.OPEN_PAREN),
          Map.entry(")", Type.CLOSE_PAREN),
          Map.entry("?", Type.QUESTION));

  /**
   * Names a JS object inherits from Object.prototype: jexl looks elements up in a plain object,
   * finds these, and then fails to parse the token.
   */
  private static final Set<String> INHERITED_NAMES =
      Set.of(
          "constructor",
          "__proto__",
          "hasOwnProperty",
          "isPrototypeOf",
          "propertyIsEnumerable",
          "toString",
          "toLocaleString",
          "valueOf",
          "__defineGetter__",
          "__defineSetter__",
          "__lookupGetter__",
          "__lookupSetter__");

  private static final Set<Type> MINUS_NEGATES_AFTER =
      Set.of(
          Type.BINARY_OP,
          Type.UNARY_OP,
          Type.OPEN_PAREN,
          Type.OPEN_BRACKET,
          Type.QUESTION,
          Type.COLON);

  private static final Pattern SPLIT = splitRegex();

  private Lexer() {}

  private static Pattern splitRegex() {
    List<String> elements = new ArrayList<>(PUNCTUATION.keySet());
    elements.addAll(Operators.symbols());
    String elementAlternatives =
        elements.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Lexer::elementPattern)
            .collect(Collectors.joining("|"));
    String ws = JsValues.WHITESPACE_CLASS + "+";
    String pre =
        String.join(
            "|",
            "'(?:(?:\\\\')|[^'])*'",
            "\"(?:(?:\\\\\")|[^\"])*\"",
            ws,
            WORD_BEFORE + "true" + WORD_AFTER,
            WORD_BEFORE + "false" + WORD_AFTER);
    String post = IDENTIFIER.pattern() + "|" + "(?:(?:[0-9]*\\.[0-9]+)|[0-9]+)";
    return Pattern.compile(pre + "|" + elementAlternatives + "|" + post);
  }

  private static String elementPattern(String element) {
    String quoted = Pattern.quote(element);
    return IDENTIFIER.matcher(element).matches() ? WORD_BEFORE + quoted + WORD_AFTER : quoted;
  }

  static List<Token> tokenize(String expression) {
    List<Token> tokens = new ArrayList<>();
    boolean negate = false;
    for (String element : elements(expression)) {
      if (WHITESPACE.matcher(element).matches()) {
        continue;
      }
      if (element.equals("-") && negates(tokens)) {
        negate = true;
        continue;
      }
      tokens.add(token(negate ? "-" + element : element));
      negate = false;
    }
    if (negate) {
      tokens.add(token("-"));
    }
    return tokens;
  }

  private static List<String> elements(String expression) {
    List<String> elements = new ArrayList<>();
    Matcher matcher = SPLIT.matcher(expression);
    int position = 0;
    while (matcher.find()) {
      elements.add(expression.substring(position, matcher.start()));
      elements.add(matcher.group());
      position = matcher.end();
    }
    elements.add(expression.substring(position));
    elements.removeIf(String::isEmpty);
    return elements;
  }

  private static boolean negates(List<Token> tokens) {
    return tokens.isEmpty() || MINUS_NEGATES_AFTER.contains(tokens.get(tokens.size() - 1).type());
  }

  private static Token token(String element) {
    char first = element.charAt(0);
    if (first == '"' || first == '\'') {
      return new Token(Type.LITERAL, element, JsValues.string(unquote(element)));
    }
    if (NUMERIC.matcher(element).matches()) {
      return new Token(Type.LITERAL, element, JsValues.number(Double.parseDouble(element)));
    }
    if (element.equals("true") || element.equals("false")) {
      return new Token(Type.LITERAL, element, JsValues.bool(element.equals("true")));
    }
    if (PUNCTUATION.containsKey(element)) {
      return new Token(PUNCTUATION.get(element), element, null);
    }
    if (Operators.isBinary(element)) {
      return new Token(Type.BINARY_OP, element, null);
    }
    if (Operators.isUnary(element)) {
      return new Token(Type.UNARY_OP, element, null);
    }
    if (INHERITED_NAMES.contains(element)) {
      throw new JexlCompileException("Token " + element + " (undefined) unexpected");
    }
    if (IDENTIFIER.matcher(element).matches()) {
      return new Token(Type.IDENTIFIER, element, null);
    }
    throw new JexlCompileException("Invalid expression token: " + element);
  }

  private static String unquote(String element) {
    if (element.length() < 2) {
      return "";
    }
    String quote = element.substring(0, 1);
    return element
        .substring(1, element.length() - 1)
        .replace("\\" + quote, quote)
        .replaceFirst("\\\\\\\\", "\\\\");
  }
}
