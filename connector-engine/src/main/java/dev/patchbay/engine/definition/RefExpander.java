package dev.patchbay.engine.definition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splices partial files into the main file, textually and before any YAML is parsed
 * (connector-format.md §1).
 *
 * <p>A line {@code <indent>[- ]$ref: <stem>} is replaced by the lines of {@code
 * <stem>.s1.partial.yaml}, found beside the file that holds the line, each prefixed with the
 * captured indentation. This one rule covers the three spellings: repeated {@code $ref} keys under
 * {@code actions:} (the partial is a sequence), a root-level {@code $ref} (the partial is a mapping
 * whose keys join the root) and a sequence item {@code - $ref: stem} (the partial's items are
 * spliced in; a partial that is a single mapping becomes one item). Duplicate {@code $ref} keys
 * never reach the YAML parser, which is why they are tolerated.
 */
final class RefExpander {

  static final String PARTIAL_SUFFIX = ".s1.partial.yaml";

  private static final Pattern REF_LINE =
      Pattern.compile("^([ \\t]*)(-[ \\t]+)?\\$ref:[ \\t]*(['\"]?)([^'\"\\s#]+)\\3[ \\t]*(#.*)?$");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern SEQUENCE_ITEM = Pattern.compile("^-(\\s|$)");

  private final List<String> lines = new ArrayList<>();
  private final List<ComposedSource.Origin> origins = new ArrayList<>();
  private final Deque<Path> including = new ArrayDeque<>();

  private RefExpander() {}

  /** Reads {@code mainFile} and every partial it reaches. */
  static ComposedSource expand(Path mainFile) {
    RefExpander expander = new RefExpander();
    expander.include(mainFile, "", "", null);
    return new ComposedSource(String.join("\n", expander.lines), expander.origins);
  }

  /**
   * Appends {@code file}'s lines: the first content line prefixed by {@code firstPrefix}, every
   * other line by {@code prefix}.
   */
  private void include(Path file, String firstPrefix, String prefix, SourceLocation refSite) {
    Path key = file.toAbsolutePath().normalize();
    if (including.contains(key)) {
      String chain = cycleChain(key);
      throw new DefinitionException(new DefinitionProblem(refSite, null, "$ref cycle: " + chain));
    }
    List<String> fileLines = read(file, refSite);
    including.push(key);
    boolean first = true;
    for (int i = 0; i < fileLines.size(); i++) {
      String line = fileLines.get(i);
      boolean content = isContent(line);
      String linePrefix = first && content ? firstPrefix : prefix;
      first &= !content;
      SourceLocation here = SourceLocation.of(file, i + 1);
      Matcher ref = REF_LINE.matcher(line);
      if (ref.matches()) {
        expandRef(file, ref, linePrefix, here);
      } else {
        lines.add(line.isEmpty() ? line : linePrefix + line);
        origins.add(new ComposedSource.Origin(here, linePrefix.length()));
      }
    }
    including.pop();
  }

  private void expandRef(Path file, Matcher ref, String linePrefix, SourceLocation here) {
    String indent = linePrefix + ref.group(1);
    boolean asItem = ref.group(2) != null;
    String stem = ref.group(4);
    if (stem.contains("/") || stem.contains("\\")) {
      throw new DefinitionException(
          new DefinitionProblem(
              here, null, "$ref '" + stem + "' must name a partial beside this file, not a path"));
    }
    Path partial = file.resolveSibling(stem + PARTIAL_SUFFIX);
    if (!asItem) {
      include(partial, indent, indent, here);
      return;
    }
    // "- $ref: stem": a partial that is a sequence is spliced item by item; a mapping becomes one
    // item.
    List<String> partialLines = read(partial, here);
    boolean isSequence =
        partialLines.stream()
            .filter(RefExpander::isContent)
            .findFirst()
            .map(l -> SEQUENCE_ITEM.matcher(l).find())
            .orElse(true);
    if (isSequence) {
      include(partial, indent, indent, here);
    } else {
      include(partial, indent + "- ", indent + "  ", here);
    }
  }

  private static List<String> read(Path file, SourceLocation refSite) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      List<String> result = new ArrayList<>(List.of(LINE_BREAK.split(text, -1)));
      if (result.size() > 1 && result.get(result.size() - 1).isEmpty()) {
        result.remove(result.size() - 1);
      }
      return result;
    } catch (NoSuchFileException e) {
      String message =
          refSite == null
              ? "connector file not found"
              : "$ref target not found: " + file.getFileName() + " (looked for " + file + ")";
      throw new DefinitionException(
          new DefinitionProblem(
              refSite == null ? SourceLocation.of(file, 1) : refSite, null, message));
    } catch (IOException e) {
      SourceLocation where = refSite == null ? SourceLocation.of(file, 1) : refSite;
      throw new DefinitionException(
          new DefinitionProblem(where, null, "cannot read " + file + ": " + e.getMessage()));
    }
  }

  /** A line that holds YAML content, as opposed to a blank line or a comment. */
  private static boolean isContent(String line) {
    String trimmed = line.strip();
    return !trimmed.isEmpty() && !trimmed.startsWith("#");
  }

  private String cycleChain(Path repeated) {
    List<Path> stack = new ArrayList<>(including);
    Collections.reverse(stack);
    List<Path> cycle = new ArrayList<>(stack.subList(stack.indexOf(repeated), stack.size()));
    cycle.add(repeated);
    return cycle.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" -> "));
  }
}
