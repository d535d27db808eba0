package dev.patchbay.accounts.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Evicts cached accounts when accounts-service says they changed ({@code account.updated}, {@code
 * account.deleted}, {@code account.error}, {@code account.expired}). Anything else on the topic
 * (other types, types added later, records that are not events) is skipped; nothing here ever fails
 * the stream. Eviction is idempotent, so no inbox is needed.
 */
@ApplicationScoped
public class AccountEventsConsumer {
  private static final Logger LOG = Logger.getLogger(AccountEventsConsumer.class);
  static final Set<String> EVICTING =
      Set.of("account.updated", "account.deleted", "account.error", "account.expired");

  private final AccountDirectory accounts;

  public AccountEventsConsumer(AccountDirectory accounts) {
    this.accounts = accounts;
  }

  @Incoming("account-events")
  public void consume(String value) {
    try {
      CloudEvent event = EventJson.read(value);
      if (!EVICTING.contains(event.type())) {
        return;
      }
      JsonNode data = event.data();
      String accountId =
          data != null && data.hasNonNull("account_id")
              ? data.get("account_id").asText()
              : event.subject();
      if (accountId != null) {
        accounts.evict(accountId);
      }
    } catch (RuntimeException skipped) {
      LOG.debugf("skipped a record on platform.accounts: %s", skipped.getMessage());
    }
  }
}
