package dev.patchbay.sandbox.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Small request helpers the ATS simulators share: timestamp filters and lenient id lookups. */
final class AtsHttp {
  private AtsHttp() {}

  /** An ISO-8601 instant ({@code Z} or an offset); empty when absent, failure when malformed. */
  static Optional<Instant> instant(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.trim()).toInstant());
    } catch (DateTimeParseException offsetless) {
      return Optional.of(Instant.parse(value.trim()));
    }
  }

  /** Whether {@code value} is absent or a well-formed ISO-8601 instant. */
  static boolean isInstantOrAbsent(String value) {
    try {
      instant(value);
      return true;
    } catch (DateTimeParseException malformed) {
      return false;
    }
  }

  /** Records whose ISO timestamp {@code field} is strictly after {@code after}, when given. */
  static Predicate<JsonNode> after(String field, Optional<Instant> after) {
    return record ->
        after.isEmpty()
            || (record.hasNonNull(field)
                && Instant.parse(record.get(field).asText()).isAfter(after.get()));
  }

  /** Records whose ISO timestamp {@code field} is strictly before {@code before}, when given. */
  static Predicate<JsonNode> before(String field, Optional<Instant> before) {
    return record ->
        before.isEmpty()
            || (record.hasNonNull(field)
                && Instant.parse(record.get(field).asText()).isBefore(before.get()));
  }

  /** Records whose {@code field} equals {@code value} as text, when {@code value} is given. */
  static Predicate<JsonNode> equal(String field, String value) {
    return record -> value == null || value.equals(record.path(field).asText());
  }

  /** The record whose {@code id} is {@code id}, as text. */
  static Optional<ObjectNode> byId(List<ObjectNode> records, String id) {
    return records.stream().filter(record -> record.path("id").asText().equals(id)).findFirst();
  }

  static List<ObjectNode> filter(List<ObjectNode> records, Predicate<JsonNode> keep) {
    return records.stream().filter(keep).toList();
  }
}
