package dev.patchbay.connect;

import static dev.patchbay.connect.Api.ISO_MILLIS;
import static dev.patchbay.connect.Api.as;
import static dev.patchbay.connect.Api.createSession;
import static dev.patchbay.connect.Api.isErrorBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.common.security.ApiKeys;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class ConnectSessionApiTest {
  static final String KEY_A = AccountsKeyStub.KEY_A;
  static final String KEY_B = AccountsKeyStub.KEY_B;
  static final String OWNER = "{\"origin_owner_id\":\"customer-1\",\"origin_owner_name\":\"Acme\"}";

  @Inject AgroalDataSource db;

  @Test
  void refusesCallsWithoutAKnownKey() {
    isErrorBody(
        given().contentType(ContentType.JSON).body(OWNER).post("/connect_sessions").then(), 401);
    isErrorBody(as("v1.local.unknown").body(OWNER).post("/connect_sessions").then(), 401);
    isErrorBody(
        given()
            .contentType(ContentType.JSON)
            .body("{\"token\":\"x\"}")
            .post("/connect_sessions/authenticate")
            .then(),
        401);
  }

  @Test
  void createsASessionWithATokenAndTheHostedPageLink() {
    JsonPath session =
        createSession(
            KEY_A,
            "{\"origin_owner_id\":\"customer-1\",\"origin_owner_name\":\"Acme\","
                + "\"origin_username\":\"ada\",\"provider\":\"bamboohr\",\"categories\":[\"hris\","
                + "\"hris-legacy\"],\"label\":\"Payroll\",\"metadata\":{},\"multiple\":false,"
                + "\"expires_in\":600,\"type\":\"test\"}");
    String token = session.getString("token");
    assertTrue(token.matches("cst_[0-9A-Za-z]{43}"), token);
    assertEquals(
        "http://127.0.0.1:8080/connect?token=" + token, session.getString("auth_link_url"));
    assertEquals(1, session.getInt("organization_id"));
    assertTrue(session.getLong("id") > 0);
    assertEquals(AccountsKeyStub.PROJECT_A, session.getString("project_id"));
    assertEquals("customer-1", session.getString("origin_owner_id"));
    assertEquals("Acme", session.getString("origin_owner_name"));
    assertEquals("ada", session.getString("origin_username"));
    assertEquals("bamboohr", session.getString("provider"));
    assertEquals(List.of("hris", "hris-legacy"), session.getList("categories"));
    assertEquals("Payroll", session.getString("label"));
    assertEquals("test", session.getString("type"));
    assertTrue(session.getString("created_at").matches(ISO_MILLIS));
    Instant created = Instant.parse(session.getString("created_at"));
    assertEquals(created.plusSeconds(600), Instant.parse(session.getString("expires_at")));
  }

  @Test
  void appliesTheClientsDefaults() {
    JsonPath session = createSession(KEY_A, OWNER);
    Instant created = Instant.parse(session.getString("created_at"));
    assertEquals(created.plusSeconds(1800), Instant.parse(session.getString("expires_at")));
    assertEquals("production", session.getString("type"));
    assertFalse(session.getBoolean("multiple"));
  }

  @Test
  void storesOnlyTheHashOfTheToken() throws SQLException {
    JsonPath session = createSession(KEY_A, OWNER);
    String token = session.getString("token");
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("select * from connect.connect_sessions where id = ?")) {
      s.setLong(1, session.getLong("id"));
      try (ResultSet row = s.executeQuery()) {
        assertTrue(row.next());
        assertEquals(ApiKeys.hash(token), row.getString("token_hash"));
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
          String value = row.getString(i);
          assertFalse(value != null && value.contains(token), row.getMetaData().getColumnName(i));
        }
      }
    }
  }

  @Test
  void tokensAreNeverReused() {
    assertNotEquals(
        createSession(KEY_A, OWNER).getString("token"),
        createSession(KEY_A, OWNER).getString("token"));
  }

  @Test
  void refusesBadInputWithTheErrorBody() {
    isErrorBody(
            as(KEY_A)
                .body(
                    "{\"origin_owner_id\":\"c\",\"origin_owner_name\":\"A\",\"categories\":[\"hr\"]}")
                .post("/connect_sessions")
                .then(),
            400)
        .body("message", containsString("categories"));
    isErrorBody(
            as(KEY_A).body("{\"origin_owner_name\":\"A\"}").post("/connect_sessions").then(), 400)
        .body("message", containsString("origin_owner_id"));
    isErrorBody(
            as(KEY_A)
                .body("{\"origin_owner_id\":\"c\",\"origin_owner_name\":\"A\",\"expires_in\":0}")
                .post("/connect_sessions")
                .then(),
            400)
        .body("message", containsString("expires_in"));
    isErrorBody(
        as(KEY_A)
            .body("{\"origin_owner_id\":\"c\",\"origin_owner_name\":\"A\",\"multiple\":\"yes\"}")
            .post("/connect_sessions")
            .then(),
        400);
    isErrorBody(as(KEY_A).body("{").post("/connect_sessions").then(), 400);
    isErrorBody(as(KEY_A).body("{}").post("/connect_sessions/authenticate").then(), 400);
  }

  @Test
  void authenticateResolvesATokenOfTheCallersProjectWithoutShowingIt() {
    JsonPath created = createSession(KEY_A, OWNER);
    as(KEY_A)
        .body("{\"token\":\"" + created.getString("token") + "\"}")
        .post("/connect_sessions/authenticate")
        .then()
        .statusCode(201)
        .contentType(ContentType.JSON)
        .body("id", equalTo(created.getInt("id")))
        .body("organization_id", equalTo(1))
        .body("project_id", equalTo(AccountsKeyStub.PROJECT_A))
        .body("origin_owner_id", equalTo("customer-1"))
        .body("origin_owner_name", equalTo("Acme"))
        .body("created_at", equalTo(created.getString("created_at")))
        .body("$", not(hasKey("token")))
        .body("$", not(hasKey("auth_link_url")));
  }

  @Test
  void anotherProjectsUnknownOrExpiredTokenIs401() throws SQLException {
    String token = createSession(KEY_A, OWNER).getString("token");
    isErrorBody(
        as(KEY_B)
            .body("{\"token\":\"" + token + "\"}")
            .post("/connect_sessions/authenticate")
            .then(),
        401);
    isErrorBody(
        as(KEY_A)
            .body("{\"token\":\"cst_" + UUID.randomUUID() + "\"}")
            .post("/connect_sessions/authenticate")
            .then(),
        401);
    JsonPath expiring = createSession(KEY_A, OWNER);
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update connect.connect_sessions set expires_at = now() - interval '1 second'"
                    + " where id = ?")) {
      s.setLong(1, expiring.getLong("id"));
      assertEquals(1, s.executeUpdate());
    }
    isErrorBody(
            as(KEY_A)
                .body("{\"token\":\"" + expiring.getString("token") + "\"}")
                .post("/connect_sessions/authenticate")
                .then(),
            401)
        .body("message", matchesPattern("Connect session token is unknown or expired"));
  }

  @Test
  void createdAndAuthenticatedSessionsPublishEventsWithoutTheToken() {
    JsonPath created = createSession(KEY_A, OWNER);
    String id = created.getString("id");
    String token = created.getString("token");
    as(KEY_A)
        .body("{\"token\":\"" + token + "\"}")
        .post("/connect_sessions/authenticate")
        .then()
        .statusCode(201);

    List<ConsumerRecord<String, String>> records =
        TopicProbe.read(Topics.CONNECT_SESSIONS, v -> id.equals(key(v)), 2, Duration.ofSeconds(20));
    List<String> types = records.stream().map(r -> EventJson.read(r.value()).type()).toList();
    assertEquals(List.of("connect_session.created", "connect_session.authenticated"), types);
    for (ConsumerRecord<String, String> record : records) {
      assertEquals(id, record.key());
      assertFalse(record.value().contains(token));
      assertFalse(record.value().contains(ApiKeys.hash(token)));
      CloudEvent event = EventJson.read(record.value());
      assertEquals("/patchbay/connect-service", event.source());
      assertEquals(AccountsKeyStub.PROJECT_A, event.projectid());
      assertEquals("customer-1", event.data().path("origin_owner_id").asText());
    }
  }

  private static String key(String eventJson) {
    return EventJson.read(eventJson).subject();
  }
}
