package dev.patchbay.actions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid create bodies of the unified models, unique per call. */
final class UnifiedSamples {
  private UnifiedSamples() {}

  static Map<String, Object> create(String category, String resource) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return switch (category + "/" + resource) {
      case "hris/employees" ->
          Map.of(
              "first_name", "Ada",
              "last_name", "Lovelace " + tag,
              "work_email", "ada." + tag + "@example.com",
              "job_title", "Engineer",
              "hire_date", "2024-01-15T00:00:00.000Z");
      case "ats/jobs" ->
          Map.of(
              "title",
              "Platform Engineer " + tag,
              "description",
              "Builds the platform",
              "job_status",
              Map.of("value", "draft"));
      case "crm/contacts" ->
          Map.of(
              "first_name",
              "Grace",
              "last_name",
              "Hopper " + tag,
              "emails",
              List.of("grace." + tag + "@example.com"),
              "company_name",
              "Navy");
      default ->
          throw new IllegalArgumentException("no sample body for " + category + "/" + resource);
    };
  }
}
