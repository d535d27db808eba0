package dev.patchbay.actions;

import java.util.Map;
import java.util.Set;

/**
 * Fields that connectors still answer against the official client's model, so that the client
 * refuses those records: ATS job {@code status} as an enum-like object where the model has a string
 * (its enum-like field is {@code job_status}), numeric ids, epoch-millisecond times. Fixing them
 * belongs to the connectors (the category branches); the tests check that each gap still shows, so
 * a fix fails them until its entry is deleted here.
 */
final class ModelGaps {
  /** {@code "<connector> <category>/<resource>"} to the record paths that do not fit. */
  static final Map<String, Set<String>> FIELDS =
      Map.of(
          "ashby ats/jobs", Set.of("$.status"),
          "greenhouse ats/jobs", Set.of("$.status", "$.department_ids[*]", "$.location_ids[*]"),
          "greenhouse ats/candidates", Set.of("$.application_ids[*]"),
          "lever ats/jobs", Set.of("$.status", "$.created_at", "$.updated_at"),
          "lever ats/candidates", Set.of("$.created_at", "$.updated_at"),
          "workable ats/jobs", Set.of("$.status"));

  private ModelGaps() {}

  static Set<String> of(String connector, String category, String resource) {
    return FIELDS.getOrDefault(connector + " " + category + "/" + resource, Set.of());
  }
}
