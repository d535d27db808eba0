package dev.patchbay.requestlog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** How request logs leave a service ({@code patchbay.request-log.*}). */
@ConfigMapping(prefix = "patchbay.request-log")
public interface RequestLogConfig {

  /** Request and response bodies longer than this (UTF-8 bytes of their JSON) are cut. */
  @WithDefault("16384")
  int maxBodyBytes();

  /** Events waiting for Kafka; when full, new ones are dropped and counted. */
  @WithDefault("1000")
  int bufferSize();

  /**
   * Extra regular expressions whose matches are redacted from every string of an event (headers,
   * bodies, URLs, step logs), beside the built-in rules.
   */
  Optional<List<String>> redactPatterns();
}
