package dev.patchbay.engine.expression;

/** A jexl expression failed to tokenize or parse. */
final class JexlCompileException extends RuntimeException {
  JexlCompileException(String message) {
    super(message);
  }
}
