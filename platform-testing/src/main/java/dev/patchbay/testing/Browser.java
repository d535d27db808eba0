package dev.patchbay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Browser tests: a Node script drives headless Chromium (Debian's {@code chromium} package, never a
 * downloaded browser) with npm {@value #PLAYWRIGHT}, next to {@code @stackone/hub}'s web component
 * ({@value #HUB}), all installed once into {@code target/browser}. The script imports {@value
 * #HELPER} for the launch flags and screenshots, which land in {@code target/browser-screenshots}
 * (CI keeps them as artifacts). Chromium is {@code PATCHBAY_CHROMIUM}, else {@code
 * /usr/bin/chromium}; without it the test fails and says how to install it.
 */
public final class Browser {
  public static final String PLAYWRIGHT = "playwright-core@1.65.1";
  public static final String HUB = "@stackone/hub@1.11.4";
  static final String HELPER = "patchbay-browser.mjs";
  private static final List<Path> CHROMIUM =
      List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

  private Browser() {}

  /** Where screenshots are saved. */
  public static Path screenshots() {
    return Path.of("target", "browser-screenshots").toAbsolutePath();
  }

  /** Runs the classpath resource {@code script} with {@code args}; its findings. */
  public static JsonNode run(String script, String... args)
      throws IOException, InterruptedException {
    Path chromium = chromium();
    // the hub's peers (React and friends) are bundled into its web component: not installed
    Path dir = NodeScripts.install("browser", List.of("--legacy-peer-deps", PLAYWRIGHT, HUB));
    Files.createDirectories(screenshots());
    return NodeScripts.run(
        dir,
        List.of(script, HELPER),
        Map.of(
            "PATCHBAY_CHROMIUM", chromium.toString(),
            "PATCHBAY_SCREENSHOTS", screenshots().toString()),
        Duration.ofMinutes(3),
        List.of(args));
  }

  private static Path chromium() {
    String configured = System.getenv("PATCHBAY_CHROMIUM");
    List<Path> candidates =
        configured == null || configured.isBlank() ? CHROMIUM : List.of(Path.of(configured));
    return candidates.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "browser tests need Chromium at "
                        + candidates
                        + ": apt-get install chromium (.ci/run does), or set PATCHBAY_CHROMIUM"));
  }
}
