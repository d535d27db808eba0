package dev.patchbay.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static final Set<String> OPTIONS = Set.of("connector", "params");
  private static final Set<String> FLAGS = Set.of("debug");

  private static Arguments parse(String... args) {
    return Arguments.parse(List.of(args), OPTIONS, FLAGS);
  }

  @Test
  void optionsTakeTheNextWordOrTheTextAfterAnEqualsSign() {
    Arguments arguments = parse("--connector", "dir", "--params={\"a\":1}", "file");

    assertEquals(Optional.of("dir"), arguments.option("connector"));
    assertEquals(Optional.of("{\"a\":1}"), arguments.option("params"));
    assertEquals(List.of("file"), arguments.positional());
  }

  @Test
  void aValueMayStartWithDashes() {
    assertEquals(Optional.of("--x"), parse("--params", "--x").option("params"));
  }

  @Test
  void flagsAreSetOnlyWhenGiven() {
    assertTrue(parse("--debug").flag("debug"));
    assertFalse(parse().flag("debug"));
  }

  @Test
  void doubleDashEndsTheOptions() {
    Arguments arguments = parse("--", "--debug", "x");

    assertEquals(List.of("--debug", "x"), arguments.positional());
    assertFalse(arguments.flag("debug"));
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    UsageException wrong = assertThrows(UsageException.class, () -> parse("--verbose"));
    assertEquals("unknown option --verbose", wrong.getMessage());
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    UsageException wrong = assertThrows(UsageException.class, () -> parse("--connector"));
    assertEquals("--connector needs a value", wrong.getMessage());
  }

  @Test
  void aRepeatedOptionIsAUsageError() {
    UsageException wrong =
        assertThrows(UsageException.class, () -> parse("--params", "{}", "--params={}"));
    assertEquals("--params given twice", wrong.getMessage());
  }

  @Test
  void aFlagTakesNoValue() {
    UsageException wrong = assertThrows(UsageException.class, () -> parse("--debug=yes"));
    assertEquals("--debug takes no value", wrong.getMessage());
  }

  @Test
  void aMissingRequiredOptionIsNamed() {
    UsageException wrong = assertThrows(UsageException.class, () -> parse().required("connector"));
    assertEquals("--connector is required", wrong.getMessage());
  }
}
