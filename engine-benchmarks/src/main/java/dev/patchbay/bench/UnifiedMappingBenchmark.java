package dev.patchbay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ActionDefinition.StepDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.step.MapFieldsStep;
import dev.patchbay.engine.step.TypecastStep;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The mapping cost of a unified record: the real BambooHR connector's {@code list_employees} {@code
 * map_fields} and {@code typecast} steps (22 field configs: 4 enums, 5 dates, an object) over a
 * page of {@value #PAGE} BambooHR report rows, reported per record. Run from the repository root
 * (it reads {@code connectors/bamboohr}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UnifiedMappingBenchmark {
  static final int PAGE = 100;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] STATUSES = {"Active", "Inactive", "On Leave"};
  private static final String[] TYPES = {
    "Full-Time", "Part-Time", "Contractor", "Intern", "Seasonal"
  };
  private static final String[] GENDERS = {"Male", "Female", "Non-binary", "", "Other"};

  private MapFieldsStep mapFields;
  private TypecastStep typecast;
  private JsonNode mapParams;
  private JsonNode castParams;
  private ObjectNode fetched;
  private ObjectNode mapped;

  @Setup
  public void setUp() {
    ExpressionEngine engine = new ExpressionEngine(Clock.systemUTC());
    mapFields = new MapFieldsStep(engine);
    typecast = new TypecastStep(engine);
    ActionDefinition list =
        new ConnectorLoader()
            .load(Path.of("connectors", "bamboohr")).actions().stream()
                .filter(a -> a.actionId().equals("list_employees"))
                .findFirst()
                .orElseThrow();
    mapParams = step(list, "map_employees").stepFunction().parameters();
    castParams = step(list, "typecast_employees").stepFunction().parameters();
    ArrayNode rows = MAPPER.createArrayNode();
    for (int i = 0; i < PAGE; i++) {
      ObjectNode row = rows.addObject();
      row.put("id", Integer.toString(100 + i));
      row.put("firstName", "First" + i);
      row.put("lastName", "Last" + i);
      row.put("displayName", "First" + i + " Last" + i);
      row.put("workEmail", "user" + i + "@acme.example.com");
      row.put("homeEmail", "user" + i + "@home.example.com");
      row.put("workPhone", "+1 555 01" + String.format("%02d", i));
      row.put("mobilePhone", "+1 555 02" + String.format("%02d", i));
      row.put("jobTitle", "Engineer");
      row.put("department", "Platform");
      row.put("location", "Berlin");
      row.put("gender", GENDERS[i % GENDERS.length]);
      row.put("dateOfBirth", "1990-0" + (1 + i % 9) + "-15");
      row.put("hireDate", "2020-01-" + String.format("%02d", 1 + i % 28));
      row.put("terminationDate", i % 10 == 0 ? "2024-06-30" : null);
      row.put("status", STATUSES[i % STATUSES.length]);
      row.put("employmentHistoryStatus", TYPES[i % TYPES.length]);
      row.put("supervisorEId", Integer.toString(100 + i / 10));
      row.put("employeeNumber", "E" + i);
      row.put("lastChanged", "2025-03-0" + (1 + i % 9) + "T10:15:30+00:00");
    }
    fetched = MAPPER.createObjectNode();
    fetched.putObject("steps").putObject("fetch_employees").putObject("output").set("data", rows);
    mapped = MAPPER.createObjectNode();
    JsonNode records = mapFields.run(fetched, mapParams).data().orElseThrow();
    mapped.putObject("steps").putObject("map_employees").putObject("output").set("data", records);
    JsonNode cast = typecast.run(mapped, castParams).data().orElseThrow();
    // fail the run rather than measure a mapping that maps nothing
    if (cast.size() != PAGE
        || !"active".equals(cast.get(0).path("employment_status").path("value").asText())) {
      throw new IllegalStateException("the mapping benchmark maps nothing: " + cast.get(0));
    }
  }

  private static StepDefinition step(ActionDefinition action, String id) {
    return action.steps().stream().filter(s -> s.stepId().equals(id)).findFirst().orElseThrow();
  }

  /** map_fields alone, per record. */
  @Benchmark
  @OperationsPerInvocation(PAGE)
  public Object mapFieldsPerRecord() {
    return mapFields.run(fetched, mapParams);
  }

  /** typecast alone (of mapped records), per record. */
  @Benchmark
  @OperationsPerInvocation(PAGE)
  public Object typecastPerRecord() {
    return typecast.run(mapped, castParams);
  }

  /** Both, as a unified list runs them, per record. */
  @Benchmark
  @OperationsPerInvocation(PAGE)
  public Object mapAndTypecastPerRecord() {
    JsonNode records = mapFields.run(fetched, mapParams).data().orElseThrow();
    ObjectNode block = MAPPER.createObjectNode();
    block.putObject("steps").putObject("map_employees").putObject("output").set("data", records);
    return typecast.run(block, castParams);
  }
}
