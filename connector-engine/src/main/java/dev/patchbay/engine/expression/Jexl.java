package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles and evaluates jexl bodies; a runtime failure yields undefined, as the reference.
 * Compiled trees are cached by body text: connector files repeat the same few hundred expressions
 * for every record, and a tree is never changed once the parser has built it, so threads share it.
 */
final class Jexl {
  /** Bodies kept compiled; past this the cache starts over (connectors hold far fewer). */
  private static final int CACHE_LIMIT = 20_000;

  private final Functions functions;
  private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

  /** A compiled body: its tree (null for an empty body), or the compile error's message. */
  private record Compiled(Node ast, String error) {}

  Jexl(Functions functions) {
    this.functions = functions;
  }

  /** Parses the body; returns null for an empty one. Throws {@link JexlCompileException}. */
  Node compile(String body) {
    Compiled compiled = cache.get(body);
    if (compiled == null) {
      try {
        compiled = new Compiled(Parser.parse(Lexer.tokenize(body)), null);
      } catch (JexlCompileException invalid) {
        compiled = new Compiled(null, invalid.getMessage());
      }
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(body, compiled);
    }
    if (compiled.error() != null) {
      throw new JexlCompileException(compiled.error());
    }
    return compiled.ast();
  }

  JsonNode evaluate(Node ast, JsonNode context) {
    try {
      return new Evaluator(context, functions).evaluate(ast);
    } catch (JexlRuntimeException failed) {
      return JsValues.UNDEFINED;
    }
  }
}
