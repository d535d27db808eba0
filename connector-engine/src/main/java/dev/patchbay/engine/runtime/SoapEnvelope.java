package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.JsValues;
import dev.patchbay.engine.xml.JsonToXml;
import dev.patchbay.engine.xml.XmlFormatException;
import dev.patchbay.engine.xml.XmlToJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The request envelope of {@code soap_request} (connector-format.md §4.3), as {@code
 * @stackone/transport} 2.35.0 builds it:
 *
 * <pre>{@code
 * <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:<id>="<ns>"…>
 *   <soapenv:Header>[WS-Security UsernameToken, when useSoapContext]</soapenv:Header>
 *   <soapenv:Body><id:soapOperation>[body args]</id:soapOperation></soapenv:Body>
 * </soapenv:Envelope>
 * }</pre>
 *
 * The first namespace's prefix is added to every key of the body without one ({@code @_} attribute
 * keys included, {@code #text} excepted). An {@code envelope} parameter (text, or an object written
 * as XML) replaces the built envelope, and so does a raw string body. Whatever is sent must be
 * well-formed XML.
 */
final class SoapEnvelope {
  static final String SOAPENV = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  static final String WSU =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
  static final String PASSWORD_TEXT =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ATTRIBUTE = "@_";

  private SoapEnvelope() {}

  /**
   * The envelope to send for evaluated parameters. {@code body} is what the args built: an object
   * (or {@code null}) to wrap, or a raw text to send as it is.
   */
  static String of(ObjectNode params, JsonNode body, JsonNode credentials) {
    JsonNode envelope = params.get("envelope");
    String xml;
    if (!JsValues.isNullish(envelope)) {
      xml = envelope.isTextual() ? envelope.textValue() : JsonToXml.build(envelope);
    } else if (body != null && body.isTextual()) {
      xml = body.textValue();
    } else {
      xml = JsonToXml.build(build(params, body == null ? NODES.objectNode() : body, credentials));
    }
    try {
      XmlToJson.rest().read(xml);
    } catch (XmlFormatException invalid) {
      throw new IllegalArgumentException("Invalid XML envelope: " + invalid.getMessage(), invalid);
    }
    return xml;
  }

  private record Namespace(String prefix, String uri) {}

  private static ObjectNode build(ObjectNode params, JsonNode body, JsonNode credentials) {
    String operation = text(params.get("soapOperation"));
    if (operation == null || operation.isEmpty()) {
      throw new IllegalArgumentException("soap_request needs a soapOperation");
    }
    List<Namespace> namespaces = namespaces(params.get("namespaces"));
    boolean useSoapContext = useSoapContext(params.get("useSoapContext"));

    ObjectNode document = NODES.objectNode();
    ObjectNode envelope = document.putObject("soapenv:Envelope");
    envelope.set("soapenv:Header", useSoapContext ? security(credentials) : NODES.objectNode());
    ObjectNode call = NODES.objectNode();
    call.set(operation, body);
    String prefix = namespaces.isEmpty() ? "" : namespaces.get(0).prefix();
    envelope.set("soapenv:Body", applyNamespace(expandArrayAttributes(call), prefix));
    envelope.put("@_xmlns:soapenv", SOAPENV);
    namespaces.forEach(ns -> envelope.put("@_xmlns:" + ns.prefix(), ns.uri()));
    return document;
  }

  private static List<Namespace> namespaces(JsonNode declared) {
    List<Namespace> namespaces = new ArrayList<>();
    if (JsValues.isNullish(declared)) {
      return namespaces;
    }
    if (!declared.isArray()) {
      throw new IllegalArgumentException("namespaces must be a list");
    }
    for (JsonNode namespace : declared) {
      String prefix = text(namespace.get("namespaceIdentifier"));
      String uri = text(namespace.get("namespace"));
      if (prefix == null || prefix.isEmpty() || uri == null || uri.isEmpty()) {
        throw new IllegalArgumentException(
            "Invalid namespace config: both identifier and namespace are required");
      }
      namespaces.add(new Namespace(prefix, uri));
    }
    return namespaces;
  }

  /** Default true; a boolean, or the text {@code true}/{@code false}. */
  private static boolean useSoapContext(JsonNode flag) {
    if (JsValues.isNullish(flag)) {
      return true;
    }
    if (flag.isBoolean()) {
      return flag.booleanValue();
    }
    String text = JsValues.toJsString(flag);
    if (text.equals("true") || text.equals("false")) {
      return text.equals("true");
    }
    throw new IllegalArgumentException("useSoapContext must be a boolean");
  }

  /** The WS-Security UsernameToken from {@code credentials.username} and {@code .password}. */
  private static ObjectNode security(JsonNode credentials) {
    ObjectNode header = NODES.objectNode();
    ObjectNode security = header.putObject("wsse:Security");
    ObjectNode token = security.putObject("wsse:UsernameToken");
    JsonNode username = credentials.get("username");
    if (username != null && !JsValues.isUndefined(username)) {
      token.set("wsse:Username", username);
    }
    ObjectNode password = token.putObject("wsse:Password");
    JsonNode secret = credentials.get("password");
    if (secret != null && !JsValues.isUndefined(secret)) {
      password.set("#text", secret);
    }
    password.put("@_Type", PASSWORD_TEXT);
    security.put("@_soapenv:mustUnderstand", "1");
    security.put("@_xmlns:wsse", WSSE);
    security.put("@_xmlns:wsu", WSU);
    return header;
  }

  /**
   * The reference's {@code expandArrayAttributes}: a one-item array {@code [{Tag: {"@_a": [x, y],
   * "@_b": v}}]} whose element has only attributes, one of them a list, becomes {@code {Tag:
   * [{"@_a": x, "@_b": v}, {"@_a": y, "@_b": v}]}} (one element per value); everything else is
   * walked.
   */
  static JsonNode expandArrayAttributes(JsonNode node) {
    if (node.isArray()) {
      JsonNode expanded = expandedSingleton((ArrayNode) node);
      if (expanded != null) {
        return expanded;
      }
      ArrayNode copy = NODES.arrayNode();
      node.forEach(item -> copy.add(expandArrayAttributes(item)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      node.fields()
          .forEachRemaining(f -> copy.set(f.getKey(), expandArrayAttributes(f.getValue())));
      return copy;
    }
    return node;
  }

  private static JsonNode expandedSingleton(ArrayNode array) {
    if (array.size() != 1 || !array.get(0).isObject()) {
      return null;
    }
    JsonNode item = array.get(0);
    List<String> elements = new ArrayList<>();
    item.fieldNames()
        .forEachRemaining(
            k -> {
              if (!k.startsWith(ATTRIBUTE)) {
                elements.add(k);
              }
            });
    if (elements.size() != 1) {
      return null;
    }
    String tag = elements.get(0);
    JsonNode element = item.get(tag);
    if (!element.isObject()) {
      return null;
    }
    List<String> attributes = new ArrayList<>();
    boolean onlyAttributes = true;
    String listed = null;
    for (Iterator<String> keys = element.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.startsWith(ATTRIBUTE)) {
        onlyAttributes = false;
      } else {
        attributes.add(key);
        if (listed == null && element.get(key).isArray()) {
          listed = key;
        }
      }
    }
    if (listed == null || !onlyAttributes) {
      return null;
    }
    ArrayNode expanded = NODES.arrayNode();
    for (JsonNode value : element.get(listed)) {
      ObjectNode one = expanded.addObject();
      one.set(listed, value);
      for (String other : attributes) {
        if (!other.equals(listed)) {
          one.set(other, element.get(other));
        }
      }
    }
    ObjectNode result = NODES.objectNode();
    result.set(tag, expanded);
    return result;
  }

  /**
   * The reference's {@code applyNamespace}: every key without a prefix gets {@code prefix:}
   * ({@code @_name} becomes {@code @_prefix:name}, {@code #text} is kept). A {@code null} becomes
   * an empty object, as in the reference. With no namespace declared, keys are left as they are.
   */
  static JsonNode applyNamespace(JsonNode node, String prefix) {
    if (node.isNull()) {
      return NODES.objectNode();
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(item -> copy.add(applyNamespace(item, prefix)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      copy.set(prefixed(field.getKey(), prefix), applyNamespace(field.getValue(), prefix));
    }
    return copy;
  }

  private static String prefixed(String key, String prefix) {
    String[] parts = key.split(":", -1);
    boolean hasPrefix = parts.length > 1 && !parts[0].isEmpty();
    if (prefix.isEmpty() || hasPrefix || key.startsWith(prefix + ":") || key.equals("#text")) {
      return key;
    }
    return key.startsWith(ATTRIBUTE)
        ? ATTRIBUTE + prefix + ":" + key.substring(ATTRIBUTE.length())
        : prefix + ":" + key;
  }

  private static String text(JsonNode node) {
    return JsValues.isNullish(node) ? null : JsValues.toJsString(node);
  }
}
