package dev.patchbay.helm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken template or a bad value fails lint and render, so it fails the build. */
class BrokenChartTest {
  @TempDir Path work;

  private Path copyOfChart() throws IOException {
    Path copy = work.resolve("patchbay");
    try (Stream<Path> files = Files.walk(RenderedChart.CHART)) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(RenderedChart.CHART.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  @Test
  void aBrokenTemplateFailsLintAndRender() throws Exception {
    Path chart = copyOfChart();
    Path service = chart.resolve("templates/service.yaml");
    Files.writeString(service, Files.readString(service).replace("{{- end }}", "{{- end "));
    LintResult lint = new Helm(chart).lint().strict().call();
    assertTrue(lint.isFailed(), "lint should fail: " + lint.getMessages());
    assertThrows(RuntimeException.class, () -> RenderedChart.render(chart, null));
  }

  @Test
  void aValueAgainstTheSchemaFailsRender() throws Exception {
    Path values = work.resolve("bad.yaml");
    Files.writeString(values, "kafka:\n  securityProtocol: TLS\n");
    assertThrows(RuntimeException.class, () -> RenderedChart.render(RenderedChart.CHART, values));
    Files.writeString(values, "serviceDefaults:\n  replicas: two\n");
    assertThrows(RuntimeException.class, () -> RenderedChart.render(RenderedChart.CHART, values));
  }

  @Test
  void anInternalPathInTheRouteTableFailsRender() throws Exception {
    Path chart = copyOfChart();
    Path routes = chart.resolve("files/edge-routes.properties");
    Files.writeString(routes, Files.readString(routes) + "/internal=accounts-service\n");
    assertThrows(RuntimeException.class, () -> RenderedChart.render(chart, null));
  }

  @Test
  void aMissingDatabasePasswordFailsRender() throws Exception {
    Path values = work.resolve("no-password.yaml");
    Files.writeString(values, "postgresql:\n  existingSecret: \"\"\n");
    assertThrows(RuntimeException.class, () -> RenderedChart.render(RenderedChart.CHART, values));
  }
}
