package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.JsValues;

/**
 * Turns evaluated {@code request} parameters into an {@link HttpCall}: {@code baseUrl} (the step's,
 * else the connector's evaluated against the step context) + {@code url}, {@code method} (default
 * {@code get}), the non-schema {@code headers} and {@code body} ({@link NonSchemaParameters}),
 * {@code args} by {@code in}, then the authorization (the step's {@code authorization} parameter,
 * else the connector's), whose headers override arg headers.
 */
final class RequestBuilder {
  private final ExpressionEngine expressions;
  private final Authenticator authenticator;

  RequestBuilder(ExpressionEngine expressions) {
    this.expressions = expressions;
    this.authenticator = new Authenticator(expressions);
  }

  /** The call plus the auth values applied to it (for redaction). */
  record Built(HttpCall call, Authenticator.Applied auth) {}

  Built build(ObjectNode params, StepScope scope) {
    String baseUrl = text(params.get("baseUrl"));
    if (baseUrl == null) {
      String connectorBaseUrl = scope.connector().baseUrl();
      baseUrl =
          connectorBaseUrl == null
              ? ""
              : text(expressions.safeEvaluate(connectorBaseUrl, scope.block()));
    }
    String url = text(params.get("url"));
    if (url == null) {
      throw new IllegalArgumentException("request needs a url");
    }
    String method = text(params.get("method"));
    HttpCall call =
        new HttpCall(method == null ? "get" : method, (baseUrl == null ? "" : baseUrl) + url);
    NonSchemaParameters.apply(params, call);
    JsonNode args = params.get("args");
    if (args != null) {
      for (JsonNode arg : args) {
        addArg(call, arg);
      }
    }
    scope
        .execution()
        .providerQuery()
        .forEach((name, value) -> call.setQuery(name, JsValues.string(value)));
    JsonNode stepAuth = params.get("authorization");
    Authorization connectorAuth = scope.authorization();
    Authenticator.Applied auth =
        stepAuth != null && stepAuth.isObject()
            ? authenticator.apply(stepAuth)
            : authenticator.apply(connectorAuth, scope.block());
    auth.headers().forEach(call::setHeader);
    auth.query().forEach((name, value) -> call.setQuery(name, JsValues.string(value)));
    return new Built(call, auth);
  }

  private static void addArg(HttpCall call, JsonNode arg) {
    String name = text(arg.get("name"));
    String in = text(arg.get("in"));
    JsonNode value = arg.has("value") ? arg.get("value") : JsValues.UNDEFINED;
    if (name == null || in == null) {
      throw new IllegalArgumentException("every arg needs a name and an in");
    }
    switch (in) {
      case "query" -> call.addQuery(name, value, text(arg.get("arrayFormat")));
      case "headers" -> {
        if (!JsValues.isUndefined(value)) {
          call.setHeader(name, JsValues.toJsString(value));
        }
      }
      case "body" -> call.addBody(name, value, flag(arg.get("spread")), flag(arg.get("inline")));
      default -> throw new IllegalArgumentException("arg '" + name + "' has unknown in: " + in);
    }
  }

  private static boolean flag(JsonNode node) {
    return node != null && JsValues.truthy(node);
  }

  private static String text(JsonNode node) {
    return JsValues.isNullish(node) ? null : JsValues.toJsString(node);
  }
}
