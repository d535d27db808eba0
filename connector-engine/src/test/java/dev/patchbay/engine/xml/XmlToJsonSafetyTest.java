package dev.patchbay.engine.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link XmlToJson} refuses or reads differently from fast-xml-parser, on purpose. */
class XmlToJsonSafetyTest {
  private static final String SECRET = "top-secret-file-content";

  @TempDir Path dir;

  @Test
  void externalEntityIsNeverExpanded() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><r>&xxe;</r>";

    XmlFormatException refused =
        assertThrows(XmlFormatException.class, () -> XmlToJson.rest().read(xml));

    assertTrue(refused.getMessage().contains("\"xxe\""), refused.getMessage());
    assertFalse(refused.getMessage().contains(SECRET));
  }

  @Test
  void externalDtdIsNeverRead() throws Exception {
    Path dtd = Files.writeString(dir.resolve("ext.dtd"), "<!ENTITY e \"" + SECRET + "\">");
    String xml = "<!DOCTYPE r SYSTEM \"" + dtd.toUri() + "\"><r>&e;</r>";

    XmlFormatException refused =
        assertThrows(XmlFormatException.class, () -> XmlToJson.soap().read(xml));

    assertFalse(refused.getMessage().contains(SECRET));
  }

  @Test
  void internalEntityExpansionIsRefusedQuickly() {
    StringBuilder xml = new StringBuilder("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">");
    for (char c = 'b'; c <= 'j'; c++) {
      char previous = (char) (c - 1);
      xml.append("<!ENTITY ").append(c).append(" \"");
      xml.append(("&" + previous + ";").repeat(10)).append("\">");
    }
    xml.append("]><r>&j;</r>");

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> assertThrows(XmlFormatException.class, () -> XmlToJson.rest().read(xml.toString())));
  }

  @Test
  void aDoctypeWithoutEntitiesIsIgnored() {
    assertEquals("{\"r\":1}", XmlToJson.rest().read("<!DOCTYPE r><r>1</r>").toString());
  }

  @Test
  void characterReferencesAreDecoded() {
    assertEquals(
        "{\"r\":{\"#text\":\"AB\",\"@_x\":\"A&\"}}",
        XmlToJson.rest().read("<r x=\"&#65;&amp;\">&#65;&#x42;</r>").toString());
  }

  @Test
  void malformedXmlIsAFormatErrorWithItsPosition() {
    XmlFormatException refused =
        assertThrows(XmlFormatException.class, () -> XmlToJson.rest().read("<r><a></r>"));

    assertTrue(refused.getMessage().contains("[1,"), refused.getMessage());
  }
}
