package dev.patchbay.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The chart rendered with {@code helm template} (helm-java) for one values set. */
record RenderedChart(String valuesSet, String yaml, List<JsonNode> objects) {
  static final Path CHART = Path.of(System.getProperty("chart.dir"));
  static final Path DEPLOY = Path.of(System.getProperty("deploy.dir"));
  static final String RELEASE = "patchbay";

  /** The values sets the build renders: the chart's defaults and every deploy/values-*.yaml. */
  static List<String> valuesSets() throws IOException {
    List<String> sets = new ArrayList<>(List.of("defaults"));
    try (var files = Files.list(DEPLOY)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("values-") && n.endsWith(".yaml"))
          .sorted()
          .forEach(sets::add);
    }
    return sets;
  }

  static RenderedChart render(String valuesSet) throws IOException {
    return render(CHART, valuesSet.equals("defaults") ? null : DEPLOY.resolve(valuesSet));
  }

  /** Renders {@code chart} with an optional values file; throws when Helm cannot render it. */
  static RenderedChart render(Path chart, Path valuesFile) throws IOException {
    TemplateCommand template = new Helm(chart).template().withName(RELEASE).withNamespace(RELEASE);
    if (valuesFile != null) {
      template = template.withValuesFile(valuesFile);
    }
    String yaml = template.call();
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    List<JsonNode> objects = new ArrayList<>();
    try (var parser = mapper.getFactory().createParser(yaml)) {
      mapper
          .readValues(parser, JsonNode.class)
          .forEachRemaining(
              node -> {
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                  objects.add(node);
                }
              });
    }
    return new RenderedChart(
        valuesFile == null ? "defaults" : valuesFile.toString(), yaml, objects);
  }

  List<JsonNode> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
  }

  Optional<JsonNode> find(String kind, String name) {
    return ofKind(kind).stream()
        .filter(o -> name.equals(o.path("metadata").path("name").asText()))
        .findFirst();
  }

  /** Writes the manifests to target/rendered/ for the validator. */
  Path writeTo(String fileName) throws IOException {
    Path file = Path.of("target", "rendered", fileName).toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return file;
  }
}
