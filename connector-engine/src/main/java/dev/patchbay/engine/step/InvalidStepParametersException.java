package dev.patchbay.engine.step;

/** Step parameters that do not fit the function's schema (the reference throws a ZodError). */
public final class InvalidStepParametersException extends RuntimeException {
  InvalidStepParametersException(String message) {
    super(message);
  }
}
