package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.definition.ConnectorDefinition;

/**
 * What a step runs against: the connector, the selected auth config's authorization ({@code null}
 * when none), the execution block ({@code inputs, credentials, context, steps, apiHostUri}; never
 * modified by a step), the step id, the redactor for error messages and the resume cursor ({@code
 * null} for the first page).
 */
record StepScope(
    ConnectorDefinition connector,
    Authorization authorization,
    ObjectNode block,
    String stepId,
    Redactor redactor,
    String cursor) {

  JsonNode credentials() {
    return block.path("credentials");
  }
}
