package dev.patchbay.engine.definition;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a connector file: the file as the loader opened it, a 1-based line and a 1-based
 * column (0 when the column is not known).
 */
public record SourceLocation(Path file, int line, int column) {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
  }

  public static SourceLocation of(Path file, int line) {
    return new SourceLocation(file, line, 0);
  }

  @Override
  public String toString() {
    return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
  }
}
