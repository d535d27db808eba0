package dev.patchbay.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Messages as Jackson 2 writes them when Quarkus' JSON reader refuses a body. */
class JsonErrorsTest {

  @Test
  void namesTheFieldAndTheExpectedType() {
    assertEquals(
        "Invalid value for field 'origin_owner_id': expected a string",
        JsonErrors.describe(
            "Cannot deserialize value of type `java.lang.String` from Number value (token"
                + " `JsonToken.VALUE_NUMBER_INT`)\n at [Source: REDACTED; line: 1, column: 38]"
                + " (through reference chain: dev.patchbay.X[\"origin_owner_id\"])"));
  }

  @Test
  void listsTheValuesOfAnEnum() {
    assertEquals(
        "Invalid value for field 'type': expected one of [production, test]",
        JsonErrors.describe(
            "Cannot deserialize value of type `dev.patchbay.AccountType` from String \"staging\": not"
                + " one of the values accepted for Enum class: [production, test]\n at [Source:"
                + " REDACTED; line: 1] (through reference chain: dev.patchbay.X[\"type\"])"));
  }

  @Test
  void followsNestedPathsAndIndexes() {
    assertEquals(
        "Invalid value for field 'status_reasons[0].code': expected an object",
        JsonErrors.describe(
            "Cannot deserialize value of type `java.util.LinkedHashMap<java.lang.String,java.lang.Object>`"
                + " from String value (through reference chain: dev.patchbay.X[\"status_reasons\"]->"
                + "java.util.ArrayList[0]->java.util.LinkedHashMap[\"code\"])"));
  }

  @Test
  void syntaxErrorsNeverEchoTheInput() {
    assertEquals(
        "Malformed JSON body",
        JsonErrors.describe(
            "Unexpected end-of-input: expected close marker for Object (start marker at [Source:"
                + " (\"{\\\"api_key\\\": \\\"s3cr3t\"); line: 1, column: 1])"));
  }
}
