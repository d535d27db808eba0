package dev.patchbay.webhooks.subscription;

import dev.patchbay.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The re-encryption command for webhook signing secrets, the twin of accounts-service's {@code
 * /admin/credentials/rewrap}: after a new master key is put first, it moves every subscription's
 * sealed secrets to it, in small transactions. Safe to run again.
 */
@Path("/admin/webhooks/rewrap")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class SecretRotationResource {
  static final int BATCH = 200;

  public record RewrapResult(String keyId, int rewrapped) {}

  private final SubscriptionService subscriptions;

  public SecretRotationResource(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @POST
  public RewrapResult rewrap() {
    int total = 0;
    int moved;
    do {
      moved = subscriptions.rewrapBatch(BATCH);
      total += moved;
    } while (moved == BATCH);
    return new RewrapResult(subscriptions.primaryKeyId(), total);
  }
}
