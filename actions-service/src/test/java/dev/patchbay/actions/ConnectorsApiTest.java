package dev.patchbay.actions;

import static dev.patchbay.actions.Api.as;
import static dev.patchbay.actions.Api.isErrorBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class ConnectorsApiTest {

  @Test
  void refusesCallsWithoutAKnownKey() {
    for (String path : new String[] {"/connectors", "/connectors/meta", "/connectors/bamboohr"}) {
      isErrorBody(given().get(path).then(), 401);
      isErrorBody(as("v1.local.unknown").get(path).then(), 401);
    }
  }

  private static final String BAMBOO = "find { it.provider == 'bamboohr' }";

  @Test
  void listsTheCatalogueAsABareArrayAtBothPaths() {
    for (String path : new String[] {"/connectors", "/connectors/meta"}) {
      as(AccountsKeyStub.KEY_A)
          .queryParam("include", "field_path,unmapped_fields,resources,inactive")
          .get(path)
          .then()
          .statusCode(200)
          // the broken test connector failed to load and was skipped; the others are served
          .body("provider", equalTo(Catalogue.keys()))
          .body(BAMBOO + ".provider_name", equalTo("BambooHR"))
          .body(BAMBOO + ".category", equalTo("hris"))
          .body(BAMBOO + ".active", equalTo(true))
          .body(
              BAMBOO + ".resources.images.logo_url",
              equalTo("https://cdn.patchbay.dev/logos/bamboohr.png"))
          .body(BAMBOO + ".models.employees.list.apiPath", equalTo("/unified/hris/employees"))
          .body(BAMBOO + ".models.employees.list.method", equalTo("get"))
          .body(BAMBOO + ".models.employees.get.apiPath", equalTo("/unified/hris/employees/:id"))
          .body(BAMBOO + ".models.employees.get.actionId", equalTo("bamboohr_get_employee"))
          .body(BAMBOO + ".models.employees.get.input.defaultFields.name", hasItem("id"));
    }
  }

  @Test
  void oneConnectorWithItsModelsFromFieldConfigs() {
    for (String path : new String[] {"/connectors/stubhr", "/connectors/meta/stubhr"}) {
      as(AccountsKeyStub.KEY_B)
          .get(path)
          .then()
          .statusCode(200)
          .body("provider", equalTo("stubhr"))
          .body("provider_name", equalTo("Stub HR"))
          .body("models.employees.create.apiPath", equalTo("/unified/hris/employees"))
          .body("models.employees.create.method", equalTo("post"))
          .body("models.employees.create.output.defaultFields.name", contains("id", "first_name"))
          .body("models.keySet()", not(hasItem("custom")));
    }
  }

  @Test
  void anUnknownProviderIs404WithTheErrorBody() {
    isErrorBody(as(AccountsKeyStub.KEY_A).get("/connectors/nope").then(), 404);
    isErrorBody(as(AccountsKeyStub.KEY_A).get("/connectors/meta/broken").then(), 404);
  }
}
