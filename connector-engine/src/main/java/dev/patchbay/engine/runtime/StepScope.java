package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.definition.ConnectorDefinition;

/**
 * What a step runs against: the connector, the selected auth config's authorization ({@code null}
 * when none), the execution block ({@code inputs, credentials, context, steps, apiHostUri}; never
 * modified by a step, though a credentials refresh replaces its {@code credentials}), the step id
 * and function name, the redactor for error messages and logs, the resume cursor ({@code null} for
 * the first page) and the execution's shared state (time budget, rate limit, step logs, auth).
 */
record StepScope(
    ConnectorDefinition connector,
    Authorization authorization,
    ObjectNode block,
    String stepId,
    String functionName,
    Redactor redactor,
    String cursor,
    Execution execution) {

  JsonNode credentials() {
    return block.path("credentials");
  }
}
