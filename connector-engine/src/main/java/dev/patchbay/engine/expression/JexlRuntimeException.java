package dev.patchbay.engine.expression;

/** A jexl evaluation failed as the JS library would (a TypeError, an unknown function). */
final class JexlRuntimeException extends RuntimeException {
  JexlRuntimeException(String message) {
    super(message);
  }
}
