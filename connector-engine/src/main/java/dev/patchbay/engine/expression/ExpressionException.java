package dev.patchbay.engine.expression;

/** An expression failed with the message the reference implementation throws. */
public class ExpressionException extends RuntimeException {
  public ExpressionException(String message) {
    super(message);
  }
}
