package dev.patchbay.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.testing.OfficialClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The unified models' JSON Schemas are the official client's models: {@code unified-schemas.mjs}
 * derives them from the client's zod schemas, and the committed files must be what it derives.
 */
class UnifiedSchemasTest {
  private static final Path SCHEMAS = Path.of("src/main/resources/unified");

  @Test
  void theCommittedSchemasAreDerivedFromTheOfficialClient() throws Exception {
    JsonNode derived = OfficialClient.run("unified-schemas.mjs").path("schemas");
    assertFalse(derived.isEmpty(), "the script derives schemas");
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, JsonNode> schema : derived.properties()) {
      assertEquals(
          schema.getValue(),
          json.readTree(SCHEMAS.resolve(schema.getKey()).toFile()),
          schema.getKey() + " differs from the client; regenerate it (docs/unified.md, Models)");
    }
  }
}
