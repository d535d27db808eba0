package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;

/** Compiles and evaluates jexl bodies; a runtime failure yields undefined, as the reference. */
final class Jexl {
  private final Functions functions;

  Jexl(Functions functions) {
    this.functions = functions;
  }

  /** Parses the body; returns null for an empty one. Throws {@link JexlCompileException}. */
  Node compile(String body) {
    return Parser.parse(Lexer.tokenize(body));
  }

  JsonNode evaluate(Node ast, JsonNode context) {
    try {
      return new Evaluator(context, functions).evaluate(ast);
    } catch (JexlRuntimeException failed) {
      return JsValues.UNDEFINED;
    }
  }
}
