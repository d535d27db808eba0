package dev.patchbay.engine.definition;

import java.util.List;

/**
 * The main file with every {@code $ref} spliced in: the YAML text that is parsed, and where each of
 * its lines came from.
 */
record ComposedSource(String text, List<Origin> origins) {

  /**
   * Where one composed line was written, and how much indentation the splice added in front of it.
   */
  record Origin(SourceLocation line, int addedIndent) {}

  ComposedSource {
    origins = List.copyOf(origins);
  }

  /**
   * The authored location of a 0-based composed line and 0-based column (the column may be unknown:
   * -1).
   */
  SourceLocation locate(int composedLine, int composedColumn) {
    Origin origin = origins.get(Math.max(0, Math.min(composedLine, origins.size() - 1)));
    SourceLocation line = origin.line();
    if (composedColumn < 0) {
      return line;
    }
    int column = Math.max(0, composedColumn - origin.addedIndent()) + 1;
    return new SourceLocation(line.file(), line.line(), column);
  }
}
