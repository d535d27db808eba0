package dev.patchbay.connect;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Calls the way a customer's backend does. */
final class Api {
  static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  private Api() {}

  static RequestSpecification as(String key) {
    return given().auth().preemptive().basic(key, "").contentType(ContentType.JSON);
  }

  static ValidatableResponse isErrorBody(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .contentType(ContentType.JSON)
        .body("statusCode", equalTo(status))
        .body("message", notNullValue())
        .body("timestamp", matchesPattern(ISO_MILLIS));
  }

  /** A new session of the key's project; its 201 body. */
  static JsonPath createSession(String key, String body) {
    return as(key).body(body).post("/connect_sessions").then().statusCode(201).extract().jsonPath();
  }
}
