package dev.patchbay.common.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void anIdIsThePrefixAndTwentyBase62Characters() {
    assertTrue(Ids.newId("acc").matches("acc_[0-9A-Za-z]{20}"));
    assertEquals(57, Ids.random(57).length());
  }

  @Test
  void everyCharacterOfTheAlphabetIsEquallyLikely() {
    int[] counts = new int[128];
    int draws = 20_000;
    String sample = Ids.random(draws * 31);
    sample.chars().forEach(c -> counts[c]++);
    double expected = sample.length() / 62.0;
    int seen = 0;
    for (int count : counts) {
      if (count > 0) {
        seen++;
        // 8 standard deviations either way: a biased alphabet fails, chance does not
        assertTrue(Math.abs(count - expected) < 8 * Math.sqrt(expected), "count " + count);
      }
    }
    assertEquals(62, seen);
  }

  @Test
  void idsDoNotRepeat() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      assertTrue(ids.add(Ids.newId("req")));
    }
  }
}
