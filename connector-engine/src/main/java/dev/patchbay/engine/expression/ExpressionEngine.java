package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates connector expressions as @stackone/expressions 0.16.0 does: {@code ${…}} interpolation
 * first, then JSONPath for a bare {@code $…}, a literal for any other unwrapped text, and jexl for
 * a {@code {{…}}}-wrapped body.
 */
public final class ExpressionEngine {
  private static final Pattern WRAPPED = Pattern.compile("^\\{\\{([\\s\\S]+)\\}\\}$");

  private final Jexl jexl;
  private final Interpolator interpolator;
  private final JsonPathBridge jsonPath = new JsonPathBridge();

  public ExpressionEngine(Clock clock) {
    this.jexl = new Jexl(new Functions(clock));
    this.interpolator = new Interpolator(jexl);
  }

  /** Strict evaluation: throws {@link ExpressionException} with the reference's message. */
  public JsonNode evaluate(String expression, JsonNode context) {
    if (expression == null || JsValues.trim(expression).isEmpty()) {
      throw new ExpressionException("Empty expression");
    }
    JsonNode scope = context != null && context.isObject() ? context : JsValues.object();
    String trimmed = JsValues.trim(expression);
    Matcher wrapped = WRAPPED.matcher(trimmed);
    boolean isJexl = wrapped.matches();
    String body = (isJexl ? JsValues.trim(wrapped.group(1)) : trimmed).replace("$.", "");
    if (Interpolator.hasPlaceholder(body)) {
      String interpolated = interpolator.interpolate(body, scope);
      if (!interpolated.isEmpty()) {
        return JsValues.string(interpolated);
      }
    }
    if (!isJexl) {
      return trimmed.startsWith("$")
          ? jsonPath.evaluate(trimmed, scope)
          : JsValues.string(expression);
    }
    Node ast;
    try {
      ast = jexl.compile(body);
    } catch (JexlCompileException invalid) {
      throw new ExpressionException("Invalid expression: \"" + trimmed + "\"");
    }
    return jexl.evaluate(ast, scope);
  }

  /** Evaluation for parameters and results: an error becomes null. */
  public JsonNode safeEvaluate(String expression, JsonNode context) {
    try {
      return evaluate(expression, context);
    } catch (ExpressionException failed) {
      return NullNode.getInstance();
    }
  }

  /** Whether the expression evaluates without error against an empty context. */
  public boolean isValidExpression(String expression) {
    try {
      evaluate(expression, JsValues.object());
      return true;
    } catch (ExpressionException invalid) {
      return false;
    }
  }
}
