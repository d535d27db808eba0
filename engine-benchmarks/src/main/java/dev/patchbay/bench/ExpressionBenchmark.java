package dev.patchbay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.step.MapFieldsStep;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the expression layer on the kinds of expressions connector files use most, and of a
 * unified {@code map_fields} over a page of 100 records. Each call compiles the expression text
 * again, as the runtime does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExpressionBenchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExpressionEngine engine;
  private MapFieldsStep mapFields;
  private JsonNode context;
  private JsonNode block;
  private JsonNode mapParams;

  @Setup
  public void setUp() throws Exception {
    engine = new ExpressionEngine(Clock.systemUTC());
    mapFields = new MapFieldsStep(engine);
    context =
        MAPPER.readTree(
            """
            {"inputs": {"id": "42", "page_size": 50, "fields": "firstName,lastName"},
             "credentials": {"subdomain": "acme", "apiKey": "k"},
             "steps": {"fetch": {"output": {"data": {"employees": [
               {"id": "1", "firstName": "Ada", "status": "Active"},
               {"id": "2", "firstName": "Alan", "status": "Inactive"}]}}}}}
            """);
    ArrayNode records = MAPPER.createArrayNode();
    for (int i = 0; i < 100; i++) {
      ObjectNode record = records.addObject();
      record.put("id", Integer.toString(i));
      record.put("firstName", "First" + i);
      record.put("lastName", "Last" + i);
      record.put("workEmail", "user" + i + "@acme.example.com");
      record.put("status", i % 3 == 0 ? "Inactive" : "Active");
      record.put("hireDate", "2020-01-" + String.format("%02d", 1 + i % 28));
    }
    ObjectNode execution = MAPPER.createObjectNode();
    execution.putObject("steps").putObject("fetch").putObject("output").set("data", records);
    block = execution;
    mapParams =
        MAPPER.readTree(
            """
            {"dataSource": "$.steps.fetch.output.data", "fields": [
              {"targetFieldKey": "id", "expression": "$.id", "type": "string"},
              {"targetFieldKey": "name", "expression": "{{$.firstName + ' ' + $.lastName}}", "type": "string"},
              {"targetFieldKey": "work_email", "expression": "$.workEmail", "type": "string"},
              {"targetFieldKey": "start_date", "expression": "$.hireDate", "type": "datetime_string"},
              {"targetFieldKey": "employment_status", "expression": "$.status", "type": "enum",
               "enumMapper": {"matcher": [
                 {"matchExpression": "{{$.status == 'Active'}}", "value": "active"},
                 {"matchExpression": "{{$.status == 'Inactive'}}", "value": "terminated"}]}}]}
            """);
    // fail the run rather than measure a mapping that maps nothing
    JsonNode mapped = mapFields.run(block, mapParams).data().orElseThrow();
    if (mapped.size() != 100
        || !"terminated".equals(mapped.get(0).path("employment_status").path("value").asText())) {
      throw new IllegalStateException("map_fields benchmark maps nothing: " + mapped);
    }
  }

  @Benchmark
  public JsonNode jsonPath() {
    return engine.evaluate("$.steps.fetch.output.data.employees[1].firstName", context);
  }

  @Benchmark
  public JsonNode interpolation() {
    return engine.evaluate("/employees/${inputs.id}?fields=${inputs.fields}", context);
  }

  @Benchmark
  public JsonNode jexlCondition() {
    return engine.evaluate("{{present(inputs.page_size) && inputs.page_size <= 100}}", context);
  }

  @Benchmark
  public JsonNode jexlFallback() {
    return engine.evaluate("{{inputs.cursor ?? credentials.subdomain + '-start'}}", context);
  }

  @Benchmark
  public Object mapFieldsPageOf100() {
    return mapFields.run(block, mapParams);
  }
}
