package dev.patchbay.actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Valid create bodies of the unified models, unique per call, with what a provider requires beyond
 * them (references to its seeded records).
 */
final class UnifiedSamples {
  private UnifiedSamples() {}

  static Map<String, Object> create(String connector, String category, String resource) {
    Map<String, Object> body = new LinkedHashMap<>(common(category, resource));
    body.putAll(required(connector));
    return body;
  }

  /**
   * The create fields {@code connector}'s provider requires beyond the common ones: Ashby a team
   * and a location, Greenhouse the template job it copies, HiBob a site and a start date.
   */
  static Map<String, Object> required(String connector) {
    return switch (connector) {
      case "ashby" ->
          Map.of(
              "department_ids", List.of("00000019-0000-4000-8000-000000000001"),
              "location_ids", List.of("0000001a-0000-4000-8000-000000000001"));
      case "greenhouse" -> Map.of("passthrough", Map.of("template_job_id", 4000001));
      case "hibob" ->
          Map.of(
              "work_location", Map.of("name", "London"), "start_date", "2026-02-02T00:00:00.000Z");
      default -> Map.of();
    };
  }

  private static Map<String, Object> common(String category, String resource) {
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
