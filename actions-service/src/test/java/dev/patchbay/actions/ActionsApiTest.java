package dev.patchbay.actions;

import static dev.patchbay.actions.Api.as;
import static dev.patchbay.actions.Api.isErrorBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class ActionsApiTest {

  @Test
  void refusesCallsWithoutAKnownKey() {
    isErrorBody(given().get("/actions").then(), 401);
    isErrorBody(as("v1.local.unknown").get("/actions").then(), 401);
  }

  @Test
  void listsActionsGroupedByConnector() {
    as(AccountsKeyStub.KEY_A)
        .queryParam("group_by", "connector")
        .queryParam("page_size", "100")
        .get("/actions")
        .then()
        .statusCode(200)
        .body("data.key", equalTo(Catalogue.keys()))
        .body("next", nullValue());
    as(AccountsKeyStub.KEY_A)
        .queryParam("group_by", "connector")
        .queryParam("filter[connectors]", "bamboohr,stubhr")
        .get("/actions")
        .then()
        .statusCode(200)
        .body("data.key", contains("bamboohr", "stubhr"))
        .body("next", nullValue())
        .body("data[0].name", equalTo("BambooHR"))
        .body("data[0].version", equalTo("1.1.0"))
        .body("data[0].icon", equalTo("https://cdn.patchbay.dev/logos/bamboohr.png"))
        .body("data[0].categories", contains("hris"))
        .body("data[0].authentication[0].key", equalTo("custom"))
        .body("data[0].authentication[0].type", equalTo("custom"))
        .body("data[0].authentication[0].label", equalTo("API Key"))
        .body("data[0].actions.id", equalTo(Catalogue.actionIds("bamboohr")))
        .body(
            "data[0].actions.find { it.id == 'bamboohr_list_employees' }.label",
            equalTo("List Employees"))
        .body(
            "data[0].actions.find { it.id == 'bamboohr_list_employees' }.schema_type",
            equalTo("unified"))
        .body("data[0].actions[0]", not(hasKey("operation_details")))
        // unpublished actions are not listed
        .body("data[1].actions.id", contains("stubhr_create_employee"))
        .body("data[1].actions[0].tags", contains("write"))
        .body("data[1].authentication.key", contains("oauth2", "apikey"));
  }

  @Test
  void operationDetailsAreAJsonSchemaOfTheGroupedInputs() throws Exception {
    Map<String, Object> details =
        as(AccountsKeyStub.KEY_A)
            .queryParam("include", "operation_details")
            .queryParam("filter[action_key]", "stubhr_create_employee")
            .get("/actions")
            .then()
            .statusCode(200)
            .body("data.key", contains("stubhr"))
            .body(
                "data[0].actions[0].operation_details.$schema",
                equalTo("https://json-schema.org/draft/2020-12/schema"))
            .body("data[0].actions[0].operation_details.required", contains("path", "body"))
            .body("data[0].actions[0].operation_details.properties.path.required", contains("id"))
            .body(
                "data[0].actions[0].operation_details.properties.queryParams.properties.notify.type",
                equalTo("boolean"))
            .body(
                "data[0].actions[0].operation_details.properties.body.properties.employment_type.enum",
                contains("full_time", "part_time"))
            .body(
                "data[0].actions[0].operation_details.properties.body.properties.tags.items.type",
                equalTo("string"))
            .body(
                "data[0].actions[0].operation_details.properties.body.properties.start_date.format",
                equalTo("date-time"))
            .body(
                "data[0].actions[0].operation_details.properties.body.properties.address.required",
                contains("city"))
            .body(
                "data[0].actions[0].operation_details.properties.headers.properties",
                hasKey("x-trace"))
            .extract()
            .path("data[0].actions[0].operation_details");

    ObjectMapper json = new ObjectMapper();
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(json.writeValueAsString(details), InputFormat.JSON);
    String valid =
        "{\"path\":{\"id\":\"1\"},\"queryParams\":{\"notify\":true},"
            + "\"body\":{\"first_name\":\"Ada\",\"tags\":[\"a\"],\"address\":{\"city\":\"X\"}}}";
    assertTrue(schema.validate(valid, InputFormat.JSON).isEmpty());
    String invalid = "{\"path\":{},\"body\":{\"first_name\":1,\"employment_type\":\"other\"}}";
    assertEquals(3, schema.validate(invalid, InputFormat.JSON).size());
  }

  @Test
  void filtersByConnectorAccountAndActionKey() {
    as(AccountsKeyStub.KEY_A)
        .queryParam("filter[connectors]", "stubhr,unknown")
        .get("/actions")
        .then()
        .body("data.key", contains("stubhr"));
    as(AccountsKeyStub.KEY_A)
        .queryParam("filter[action_key]", "bamboohr_get_employee")
        .get("/actions")
        .then()
        .body("data.key", contains("bamboohr"))
        .body("data[0].actions.id", contains("bamboohr_get_employee"));

    String bamboo = Api.bambooAccount();
    String foreign = Api.account(AccountsKeyStub.PROJECT_B, "stubhr", Map.of());
    as(AccountsKeyStub.KEY_A)
        .queryParam("filter[account_ids]", bamboo + "," + foreign + ",acc_unknown")
        .get("/actions")
        .then()
        .statusCode(200)
        .body("data.key", contains("bamboohr"));
    as(AccountsKeyStub.KEY_A)
        .queryParam("filter[account_ids]", bamboo)
        .queryParam("filter[connectors]", "stubhr")
        .get("/actions")
        .then()
        .body("data", empty());
  }

  @Test
  void pagesFollowTheCursor() {
    List<String> keys = new java.util.ArrayList<>();
    String next = null;
    do {
      var request = as(AccountsKeyStub.KEY_A).queryParam("page_size", "1");
      if (next != null) {
        request.queryParam("next", next);
      }
      var page = request.get("/actions").then().statusCode(200).body("data", hasSize(1)).extract();
      keys.add(page.path("data[0].key"));
      next = page.path("next");
    } while (next != null && keys.size() <= 100);
    assertEquals(Catalogue.keys(), keys);
  }

  @Test
  void badParametersAre400() {
    for (String bad :
        List.of(
            "page_size=0",
            "page_size=101",
            "page_size=ten",
            "next=%25%25",
            "next=bm9wZQ",
            "group_by=provider",
            "include=everything")) {
      isErrorBody(as(AccountsKeyStub.KEY_A).get("/actions?" + bad).then(), 400);
    }
  }
}
