package dev.patchbay.sandbox.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.sandbox.Json;
import org.junit.jupiter.api.Test;

class AttioFilterTest {
  /** Person 7 of the seed: Shafi Borg at Tyrell, one deal. */
  private static final ObjectNode SHAFI = AttioValues.person(7);

  private static boolean matches(String filter) {
    return AttioFilter.of(Json.parse(filter)).test(SHAFI);
  }

  @Test
  void shorthandComparesTheMainPropertyOfAnyValue() {
    assertTrue(matches("{\"email_addresses\": \"SHAFI.BORG7@tyrell.example.com\"}"));
    assertTrue(matches("{\"name\": \"Shafi Borg\"}"));
    assertFalse(matches("{\"name\": \"Shafi\"}"));
  }

  @Test
  void operatorsApplyToTheMainPropertyOrANamedOne() {
    assertTrue(matches("{\"name\": {\"$contains\": \"borg\"}}"));
    assertTrue(matches("{\"name\": {\"first_name\": {\"$starts_with\": \"Sha\"}}}"));
    assertTrue(matches("{\"name\": {\"last_name\": \"borg\"}}"));
    assertTrue(matches("{\"job_title\": {\"$not_empty\": true}}"));
    assertFalse(matches("{\"description\": {\"$not_empty\": true}}"));
    assertTrue(
        matches("{\"email_addresses\": {\"email_domain\": {\"$in\": [\"tyrell.example.com\"]}}}"));
  }

  @Test
  void junctionsCombineAndRecordIdFiltersTheId() {
    String id = SHAFI.at("/id/record_id").asText();
    assertTrue(matches("{\"$or\": [{\"name\": \"nobody\"}, {\"record_id\": \"" + id + "\"}]}"));
    assertFalse(
        matches(
            "{\"$and\": [{\"name\": \"Shafi Borg\"}, {\"$not\": {\"record_id\": \""
                + id
                + "\"}}]}"));
    assertTrue(matches("{\"record_id\": {\"$in\": [\"x\", \"" + id + "\"]}}"));
  }

  @Test
  void anUnknownOperatorIsAFilterError() {
    assertThrows(IllegalArgumentException.class, () -> matches("{\"$xor\": []}"));
    assertThrows(IllegalArgumentException.class, () -> matches("{\"name\": {\"$near\": 1}}"));
    assertThrows(IllegalArgumentException.class, () -> matches("[]"));
  }

  @Test
  void sortingReadsTheMainProperty() {
    assertEquals("Shafi Borg", AttioFilter.primary(SHAFI.at("/values/name/0")));
    assertEquals("+442079460007", AttioFilter.primary(SHAFI.at("/values/phone_numbers/0")));
  }
}
