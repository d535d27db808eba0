package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs one step function and returns its output, stored at {@code steps.<stepId>.output} ({@code
 * {data, raw, statusCode, message, next}} as the function produces them). Parameters are the step's
 * as written; each handler evaluates what it needs.
 */
interface StepHandler {
  ObjectNode run(ObjectNode parameters, StepScope scope);
}
