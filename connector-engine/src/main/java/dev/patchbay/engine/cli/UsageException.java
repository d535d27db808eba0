package dev.patchbay.engine.cli;

/** The command line is wrong: the CLI prints the message and its usage, and exits with 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
