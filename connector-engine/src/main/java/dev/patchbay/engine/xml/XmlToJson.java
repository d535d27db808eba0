package dev.patchbay.engine.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.expression.JsValues;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML into a Jackson tree the way fast-xml-parser 5.7.2 does with {@code ignoreAttributes:
 * false} (connector-format.md §4.1, §4.3), on the JDK's StAX parser:
 *
 * <ul>
 *   <li>an element is a key; repeated siblings become an array;
 *   <li>an element with only text becomes that text, read by {@link XmlScalars} (numbers and
 *       booleans are parsed, as the reference does), and an empty one becomes {@code ""};
 *   <li>attributes are prefixed keys ({@code @_id}), kept as trimmed strings, after the children;
 *   <li>text beside child elements goes under {@code #text}, its trimmed segments joined;
 *   <li>the XML declaration is a {@code ?xml} key and a processing instruction a {@code ?target}
 *       key, as in the reference.
 * </ul>
 *
 * <p>{@link #rest()} keeps namespace prefixes ({@code s:Envelope}, {@code @_xmlns:s}); {@link
 * #soap()} drops them and the {@code xmlns} attributes and prefixes attributes with {@code _}.
 *
 * <p>Safe against XXE: DTDs are not processed and external entities are never resolved, so a
 * reference to a DTD-declared entity is an error rather than an expansion. Character references
 * ({@code &#65;}) are decoded, which fast-xml-parser does not do.
 */
public final class XmlToJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String TEXT = "#text";
  private static final Pattern PI_ATTRIBUTE =
      Pattern.compile("([^\\s=]+)\\s*=\\s*(['\"])([\\s\\S]*?)\\2");

  /** The JDK parser's switch that reports CDATA sections as CDATA rather than as characters. */
  private static final String REPORT_CDATA =
      "http://java.sun.com/xml/stream/properties/report-cdata-event";

  private static final XmlToJson REST = new XmlToJson("@_", false);
  private static final XmlToJson SOAP = new XmlToJson("_", true);

  private final String attributePrefix;
  private final boolean removeNamespaces;

  private XmlToJson(String attributePrefix, boolean removeNamespaces) {
    this.attributePrefix = attributePrefix;
    this.removeNamespaces = removeNamespaces;
  }

  /** The {@code request} reading: prefixes kept, attributes {@code @_name}. */
  public static XmlToJson rest() {
    return REST;
  }

  /**
   * The {@code soap_request} reading: prefixes and {@code xmlns} removed, attributes {@code _name}.
   */
  public static XmlToJson soap() {
    return SOAP;
  }

  /** The document as an object keyed by its root element (plus {@code ?xml} when declared). */
  public ObjectNode read(String xml) {
    try {
      XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
      try {
        return document(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
      throw new XmlFormatException(message.replaceAll("\\s+", " ").trim(), e);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(REPORT_CDATA, true);
    return factory;
  }

  private ObjectNode document(XMLStreamReader reader) throws XMLStreamException {
    Element root = new Element("!xml", null);
    if (reader.getVersion() != null) {
      ObjectNode declaration = NODES.objectNode();
      declaration.put(attributeName("version"), reader.getVersion());
      if (reader.getCharacterEncodingScheme() != null) {
        declaration.put(attributeName("encoding"), reader.getCharacterEncodingScheme());
      }
      if (reader.standaloneSet()) {
        declaration.put(attributeName("standalone"), reader.isStandalone() ? "yes" : "no");
      }
      root.add("?xml", declaration);
    }
    Deque<Element> open = new ArrayDeque<>();
    open.push(root);
    while (reader.hasNext()) {
      int event = reader.next();
      Element current = open.peek();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (current != root) {
            current.flushText();
          }
          open.push(new Element(elementName(reader.getLocalName()), attributes(reader)));
        }
        case XMLStreamConstants.END_ELEMENT -> {
          current.flushText();
          open.pop();
          open.peek().add(current.name, current.value());
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
          if (current != root) {
            current.text.append(reader.getText());
          }
        }
        case XMLStreamConstants.CDATA -> {
          current.flushText();
          String data = reader.getText();
          current.add(TEXT, data.isEmpty() ? TextNode.valueOf("") : XmlScalars.value(data));
        }
        case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
          current.flushText();
          current.add("?" + reader.getPITarget(), instruction(reader.getPIData()));
        }
        default -> {
          // comments, the DTD (never processed) and the document end add nothing
        }
      }
    }
    return root.children();
  }

  private String elementName(String qualified) {
    int colon = qualified.indexOf(':');
    return removeNamespaces && colon >= 0 ? qualified.substring(colon + 1) : qualified;
  }

  /** The attribute key, or {@code null} when a SOAP reading drops it ({@code xmlns}). */
  private String attributeKey(String qualified) {
    if (!removeNamespaces) {
      return attributeName(qualified);
    }
    String[] parts = qualified.split(":", -1);
    if (parts[0].equals("xmlns")) {
      return null;
    }
    return attributeName(parts.length == 2 ? parts[1] : qualified);
  }

  private String attributeName(String name) {
    return attributePrefix + name;
  }

  private ObjectNode attributes(XMLStreamReader reader) {
    ObjectNode attributes = NODES.objectNode();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String prefix = reader.getAttributePrefix(i);
      String local = reader.getAttributeLocalName(i);
      String qualified = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
      String key = attributeKey(qualified);
      if (key != null) {
        attributes.put(key, JsValues.trim(reader.getAttributeValue(i)));
      }
    }
    return attributes;
  }

  /** A processing instruction: its pseudo-attributes, or {@code ""} when it has none. */
  private JsonNode instruction(String data) {
    ObjectNode attributes = NODES.objectNode();
    Matcher match = PI_ATTRIBUTE.matcher(data == null ? "" : data);
    while (match.find()) {
      String key = attributeKey(match.group(1));
      if (key != null) {
        attributes.put(key, JsValues.trim(match.group(3)));
      }
    }
    return attributes.isEmpty() ? TextNode.valueOf("") : attributes;
  }

  /** One open element: its attributes, its children in document order, and pending text. */
  private static final class Element {
    final String name;
    final ObjectNode attributes;
    final List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Element(String name, ObjectNode attributes) {
      this.name = name;
      this.attributes = attributes;
    }

    void add(String key, JsonNode value) {
      children.add(Map.entry(key, value));
    }

    /** The pending text becomes a segment when it is not blank (it is trimmed first). */
    void flushText() {
      String segment = JsValues.trim(text.toString());
      text.setLength(0);
      if (!segment.isEmpty()) {
        add(TEXT, XmlScalars.value(segment));
      }
    }

    /** Children by name (repeats as arrays), then the joined {@code #text}. */
    ObjectNode children() {
      ObjectNode object = NODES.objectNode();
      JsonNode joined = null;
      for (Map.Entry<String, JsonNode> child : children) {
        if (child.getKey().equals(TEXT)) {
          joined =
              joined == null
                  ? child.getValue()
                  : TextNode.valueOf(
                      JsValues.toJsString(joined) + JsValues.toJsString(child.getValue()));
          continue;
        }
        JsonNode existing = object.get(child.getKey());
        if (existing == null) {
          object.set(child.getKey(), child.getValue());
        } else if (existing.isArray()) {
          ((ArrayNode) existing).add(child.getValue());
        } else {
          object.set(child.getKey(), NODES.arrayNode().add(existing).add(child.getValue()));
        }
      }
      if (joined != null && !(joined.isTextual() && joined.textValue().isEmpty())) {
        object.set(TEXT, joined);
      }
      return object;
    }

    /** With attributes, always an object; else its only text, or {@code ""} when empty. */
    JsonNode value() {
      ObjectNode object = children();
      if (attributes != null && !attributes.isEmpty()) {
        object.setAll(attributes);
        return object;
      }
      if (object.size() == 1 && object.has(TEXT)) {
        return object.get(TEXT);
      }
      return object.isEmpty() ? TextNode.valueOf("") : object;
    }
  }
}
