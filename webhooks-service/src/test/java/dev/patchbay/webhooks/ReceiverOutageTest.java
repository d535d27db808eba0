package dev.patchbay.webhooks;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patchbay.common.events.EventType;
import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The receiver is down for two minutes while events keep coming, then it is back. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class ReceiverOutageTest {

  @Test
  void everyEventArrivesAfterTheOutageInOrderPerAccount() throws InterruptedException {
    NodeReceiver receiver = NodeReceiver.start();
    try {
      String path = "/outage-" + Ids.random(6);
      var sub =
          Webhooks.subscribe(
              AccountsKeyStub.KEY_A,
              receiver.url(path),
              List.of("account.created", "account.updated"));
      receiver.stop();

      List<String> accounts = List.of(Ids.newId("acc"), Ids.newId("acc"));
      Map<String, List<String>> published =
          Map.of(accounts.get(0), new ArrayList<>(), accounts.get(1), new ArrayList<>());
      for (int round = 0; round < 3; round++) {
        for (String account : accounts) {
          EventType type = round == 0 ? EventType.ACCOUNT_CREATED : EventType.ACCOUNT_UPDATED;
          published
              .get(account)
              .add(Webhooks.publish(type, AccountsKeyStub.PROJECT_A, account).id());
        }
        Thread.sleep(Duration.ofSeconds(40).toMillis());
      }
      // two minutes without a receiver
      receiver.restart();
      receiver.control(path, List.of(sub.secret()), Map.of());

      await().atMost(Duration.ofSeconds(60)).until(() -> receiver.log(path).size() >= 6);
      await().during(Duration.ofSeconds(3)).until(() -> receiver.log(path).size() == 6);
      List<Map<String, Object>> log = receiver.log(path);
      for (String account : accounts) {
        List<Object> delivered =
            log.stream()
                .filter(r -> account.equals(DeliveryTest.accountOf(r)))
                .map(r -> r.get("id"))
                .toList();
        assertEquals(published.get(account), delivered, "in order for " + account);
      }
      log.forEach(r -> assertEquals(List.of(true), r.get("verified")));
    } finally {
      receiver.stop();
    }
  }
}
