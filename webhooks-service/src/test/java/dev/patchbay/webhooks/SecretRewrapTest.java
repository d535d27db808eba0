package dev.patchbay.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.common.crypto.CryptoConfig;
import dev.patchbay.common.crypto.Sealed;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.OperatorTokens;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.SealedColumns;
import dev.patchbay.webhooks.subscription.SigningSecrets;
import dev.patchbay.webhooks.subscription.SubscriptionRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
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
    SealedColumns columns = new SealedColumns(db, "webhooks.subscriptions", "secret");
    Sealed old = columns.wrapAsBefore(created.id(), SealedColumns.beforeRotation(crypto, json));
    assertEquals("test-1", old.keyId());
    assertEquals(List.of(created.secret()), signingSecrets(created.id()));

    given()
        .header("Authorization", OperatorTokens.bearer("operator"))
        .post("/admin/webhooks/rewrap")
        .then()
        .statusCode(200)
        .body("key_id", equalTo("test-2"))
        .body("rewrapped", greaterThanOrEqualTo(1));
    assertEquals(0, columns.countWrappedByOtherThan("test-2"));
    assertEquals(List.of(created.secret()), signingSecrets(created.id()));
  }

  private List<String> signingSecrets(String subscriptionId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> secrets.signing(subscriptions.findById(subscriptionId), Instant.now()));
  }
}
