package dev.patchbay.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.common.crypto.CryptoConfig;
import dev.patchbay.common.crypto.Sealed;
import dev.patchbay.common.crypto.SecretVault;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.OperatorTokens;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.webhooks.subscription.SigningSecrets;
import dev.patchbay.webhooks.subscription.SubscriptionRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class SecretRewrapTest {
  @Inject AgroalDataSource db;
  @Inject CryptoConfig crypto;
  @Inject ObjectMapper json;
  @Inject SigningSecrets secrets;
  @Inject SubscriptionRepository subscriptions;

  @Test
  void onlyOperatorsMayRewrap() {
    SubscriptionApiTest.isErrorBody(given().post("/admin/webhooks/rewrap").then(), 401);
    SubscriptionApiTest.isErrorBody(
        given()
            .auth()
            .preemptive()
            .basic(AccountsKeyStub.KEY_A, "")
            .post("/admin/webhooks/rewrap")
            .then(),
        403);
  }

  @Test
  void rewrapMovesSecretsFromAnOlderMasterKeyAndTheyStillSign() throws SQLException {
    var created =
        Webhooks.subscribe(
            AccountsKeyStub.KEY_A, "http://127.0.0.1:9/hook", List.of("account.created"));
    List<String> keys = crypto.masterKeys().orElseThrow();
    SecretVault beforeRotation =
        new SecretVault(() -> Optional.of(List.of(keys.get(1), keys.get(0))), json);
    try (Connection c = db.getConnection()) {
      Sealed sealed;
      try (PreparedStatement s =
          c.prepareStatement(
              "select secret_ciphertext, secret_dek, secret_key_id from webhooks.subscriptions where id = ?")) {
        s.setString(1, created.id());
        try (ResultSet row = s.executeQuery()) {
          row.next();
          sealed = new Sealed(row.getBytes(1), row.getBytes(2), row.getString(3));
        }
      }
      Sealed old = beforeRotation.rewrap(sealed);
      assertEquals("test-1", old.keyId());
      try (PreparedStatement s =
          c.prepareStatement(
              "update webhooks.subscriptions set secret_dek = ?, secret_key_id = ? where id = ?")) {
        s.setBytes(1, old.wrappedDataKey());
        s.setString(2, old.keyId());
        s.setString(3, created.id());
        s.executeUpdate();
      }
    }
    assertEquals(List.of(created.secret()), signingSecrets(created.id()));

    given()
        .header("Authorization", OperatorTokens.bearer("operator"))
        .post("/admin/webhooks/rewrap")
        .then()
        .statusCode(200)
        .body("key_id", equalTo("test-2"))
        .body("rewrapped", greaterThanOrEqualTo(1));
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from webhooks.subscriptions where secret_key_id <> 'test-2'");
        ResultSet row = s.executeQuery()) {
      row.next();
      assertEquals(0, row.getInt(1));
    }
    assertEquals(List.of(created.secret()), signingSecrets(created.id()));
  }

  private List<String> signingSecrets(String subscriptionId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> secrets.signing(subscriptions.findById(subscriptionId), Instant.now()));
  }
}
