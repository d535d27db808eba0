package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;

/** A jexl token: its type, the operator or identifier text, and the literal value if any. */
record Token(Type type, String text, JsonNode literal) {
  enum Type {
    LITERAL,
    IDENTIFIER,
    DOT,
    OPEN_BRACKET,
    CLOSE_BRACKET,
    PIPE,
    OPEN_CURL,
    CLOSE_CURL,
    COLON,
    COMMA,
    OPEN_PAREN,
    CLOSE_PAREN,
    QUESTION,
    BINARY_OP,
    UNARY_OP
  }
}
