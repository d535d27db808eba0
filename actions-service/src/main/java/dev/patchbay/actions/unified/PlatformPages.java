package dev.patchbay.actions.unified;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.error.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Unified lists answer at most {@code page_size} records (default {@value #DEFAULT_PAGE_SIZE})
 * whatever the provider's pages hold: an action that reads everything at once (BambooHR's custom
 * reports) or whose provider has a minimum page (Salesforce: 200) is cut into pages here. {@code
 * next} is opaque: the action's own cursor of the provider page being read and the offset within
 * it. Reading on within a provider page reads that page again.
 */
final class PlatformPages {
  static final int DEFAULT_PAGE_SIZE = 25;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where a page starts: the action's cursor (null for its first page) and an offset in it. */
  record Position(String actionCursor, int offset) {}

  private PlatformPages() {}

  /** The position a {@code next} of ours names; the start for none. */
  static Position position(String next) {
    if (next == null) {
      return new Position(null, 0);
    }
    try {
      JsonNode cursor = JSON.readTree(Base64.getUrlDecoder().decode(next));
      JsonNode offset = cursor.path("o");
      JsonNode action = cursor.path("c");
      if (offset.canConvertToInt()
          && offset.intValue() >= 0
          && (action.isTextual() || action.isNull())) {
        return new Position(action.isNull() ? null : action.textValue(), offset.intValue());
      }
    } catch (IOException | IllegalArgumentException notOurs) {
      // answered below
    }
    throw ApiException.badRequest(
        "Invalid value for query parameter 'next': not a cursor of this list");
  }

  /**
   * The page at {@code position} of the action's answer (read at {@code position.actionCursor}),
   * with the {@code next} that resumes after it.
   */
  static ObjectNode page(ObjectNode answer, Position position, Integer pageSize) {
    int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    JsonNode all = answer.path("data");
    int total = all.isArray() ? all.size() : 0;
    int end = Math.min(total, position.offset() + size);
    ObjectNode page = JSON.createObjectNode();
    ArrayNode data = page.putArray("data");
    for (int i = position.offset(); i < end; i++) {
      data.add(all.get(i));
    }
    JsonNode actionNext = answer.path("next");
    if (end < total) {
      page.put("next", encode(position.actionCursor(), end));
    } else if (actionNext.isTextual() && !actionNext.textValue().isEmpty()) {
      page.put("next", encode(actionNext.textValue(), 0));
    } else {
      page.set("next", NullNode.instance);
    }
    return page;
  }

  private static String encode(String actionCursor, int offset) {
    ObjectNode cursor = JSON.createObjectNode();
    cursor.put("c", actionCursor);
    cursor.put("o", offset);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(cursor.toString().getBytes(StandardCharsets.UTF_8));
  }
}
