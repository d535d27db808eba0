package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patchbay.accounts.Projects.Project;
import dev.patchbay.common.crypto.CryptoConfig;
import dev.patchbay.common.crypto.Sealed;
import dev.patchbay.common.crypto.SecretVault;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.SealedColumns;
import dev.patchbay.testing.StoredRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CredentialStorageTest {
  @Inject AgroalDataSource db;
  @Inject CryptoConfig crypto;
  @Inject com.fasterxml.jackson.databind.ObjectMapper json;

  @Test
  void noColumnHoldsAnySecretInPlaintext() throws SQLException {
    Project project = Projects.create("vault");
    String secret = "plaintext-secret-4711";
    String id =
        Projects.importAccount(
            project, "bamboohr", Map.of("api_key", secret, "nested", Map.of("p", secret)));
    StoredRows.assertNoColumnHolds(db, "accounts.linked_accounts", id, secret);
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select credentials_key_id from accounts.linked_accounts where id = ?")) {
      s.setString(1, id);
      try (ResultSet row = s.executeQuery()) {
        row.next();
        assertEquals("test-2", row.getString(1));
      }
    }
    InternalCredentials.of(project, id)
        .then()
        .statusCode(200)
        .body("credentials.api_key", equalTo(secret));
  }

  @Test
  void internalCredentialsNeedTheInternalTokenAndTheRightProject() {
    Project project = Projects.create("internal");
    Project other = Projects.create("internal-other");
    String id = Projects.importAccount(project, "bamboohr", Map.of("api_key", "k"));
    AccountApiTest.isErrorBody(
        given()
            .queryParam("project_id", project.id())
            .get("/internal/accounts/" + id + "/credentials")
            .then(),
        401);
    AccountApiTest.isErrorBody(
        given()
            .header("X-Patchbay-Internal-Token", "guess")
            .queryParam("project_id", project.id())
            .get("/internal/accounts/" + id + "/credentials")
            .then(),
        401);
    AccountApiTest.isErrorBody(
        given()
            .auth()
            .preemptive()
            .basic(project.key(), "")
            .queryParam("project_id", project.id())
            .get("/internal/accounts/" + id + "/credentials")
            .then(),
        401);
    AccountApiTest.isErrorBody(InternalCredentials.of(other, id).then(), 404);
  }

  @Test
  void rewrapMovesAccountsFromAnOlderMasterKeyAndTheyStillOpen() throws SQLException {
    Project project = Projects.create("rotation");
    String id = Projects.importAccount(project, "bamboohr", Map.of("api_key", "before-rotation"));
    // wrap this row's data key with the older key "test-2" had replaced: as if written before
    // the rotation
    SealedColumns columns = new SealedColumns(db, "accounts.linked_accounts", "credentials");
    Sealed old = columns.wrapAsBefore(id, SealedColumns.beforeRotation(crypto, json));
    assertEquals("test-1", old.keyId());
    assertEquals("before-rotation", new SecretVault(crypto, json).open(id, old).get("api_key"));
    InternalCredentials.of(project, id)
        .then()
        .body("credentials.api_key", equalTo("before-rotation"));

    given()
        .auth()
        .preemptive()
        .basic(Projects.ADMIN_KEY, "")
        .post("/admin/credentials/rewrap")
        .then()
        .statusCode(200)
        .body("key_id", equalTo("test-2"))
        .body("rewrapped", greaterThanOrEqualTo(1));

    assertEquals(0, columns.countWrappedByOtherThan("test-2"));
    InternalCredentials.of(project, id)
        .then()
        .body("credentials.api_key", equalTo("before-rotation"));
    given()
        .auth()
        .preemptive()
        .basic(Projects.ADMIN_KEY, "")
        .post("/admin/credentials/rewrap")
        .then()
        .body("rewrapped", equalTo(0));
  }
}
