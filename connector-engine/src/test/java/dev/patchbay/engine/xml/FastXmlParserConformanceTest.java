package dev.patchbay.engine.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link XmlToJson} and {@link JsonToXml} against what fast-xml-parser 5.7.2 produced with the
 * options of {@code @stackone/transport} 2.35.0 ({@code xml/fast-xml-parser-vectors.json}, made by
 * {@code xml/generate-vectors.mjs}). Trees are compared as JSON text, so key order counts.
 */
class FastXmlParserConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode vectors() throws IOException {
    try (InputStream in =
        FastXmlParserConformanceTest.class.getResourceAsStream(
            "/xml/fast-xml-parser-vectors.json")) {
      return JSON.readTree(in);
    }
  }

  @TestFactory
  Stream<DynamicTest> parsing() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode vector : vectors().get("parse")) {
      String xml = vector.get("xml").textValue();
      tests.add(
          DynamicTest.dynamicTest(
              "rest " + xml,
              () ->
                  assertEquals(
                      vector.get("rest").toString(), XmlToJson.rest().read(xml).toString())));
      tests.add(
          DynamicTest.dynamicTest(
              "soap " + xml,
              () ->
                  assertEquals(
                      vector.get("soap").toString(), XmlToJson.soap().read(xml).toString())));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> building() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode vector : vectors().get("build")) {
      JsonNode json = vector.get("json");
      tests.add(
          DynamicTest.dynamicTest(
              json.toString(),
              () -> assertEquals(vector.get("xml").textValue(), JsonToXml.build(json))));
    }
    return tests.stream();
  }
}
