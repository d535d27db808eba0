package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.JsValues;

/**
 * Two request parameters that real connector files use although core 4.4.0's schemas drop them
 * (connector-format.md §4.4, §9.6). The engine honours both, since the files were written for an
 * engine that did:
 *
 * <ul>
 *   <li>{@code headers: [{name, value}]} (sapsuccessfactors): each entry is added like an {@code
 *       in: headers} arg, before the args, so an arg of the same name and the authorization win;
 *   <li>{@code body} (ukgpro): a string is the raw body, sent as it is with the content type the
 *       header args give (like an {@code inline} arg); an object or array is the body itself,
 *       encoded by content type. It cannot be combined with {@code in: body} args.
 * </ul>
 */
final class NonSchemaParameters {
  private NonSchemaParameters() {}

  static void apply(ObjectNode params, HttpCall call) {
    headers(params.get("headers"), call);
    body(params, call);
  }

  private static void headers(JsonNode headers, HttpCall call) {
    if (JsValues.isNullish(headers)) {
      return;
    }
    if (!headers.isArray()) {
      throw new IllegalArgumentException("headers must be a list of {name, value}");
    }
    for (JsonNode header : headers) {
      JsonNode name = header.get("name");
      if (JsValues.isNullish(name)) {
        throw new IllegalArgumentException("every headers entry needs a name");
      }
      JsonNode value = header.has("value") ? header.get("value") : JsValues.UNDEFINED;
      if (!JsValues.isUndefined(value)) {
        call.setHeader(JsValues.toJsString(name), JsValues.toJsString(value));
      }
    }
  }

  private static void body(ObjectNode params, HttpCall call) {
    JsonNode body = params.get("body");
    if (JsValues.isNullish(body)) {
      return;
    }
    for (JsonNode arg : params.path("args")) {
      if ("body".equals(arg.path("in").asText(null))) {
        throw new IllegalArgumentException("a body parameter cannot be combined with body args");
      }
    }
    if (body.isTextual()) {
      call.addBody("body", body, false, true);
    } else if (body.isContainerNode()) {
      call.addBody("body", body, true, false);
    } else {
      throw new IllegalArgumentException("body must be a string, an object or an array");
    }
  }
}
