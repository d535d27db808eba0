package dev.patchbay.accounts.credentials;

import dev.patchbay.accounts.account.AccountService;
import dev.patchbay.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The re-encryption command: after a new master key is put first in {@code
 * patchbay.crypto.master-keys}, this moves every account still wrapped by an older key to it, in
 * small transactions, while the service keeps serving. Safe to run again; a run that finds nothing
 * to move answers {@code rewrapped: 0}.
 */
@Path("/admin/credentials/rewrap")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class KeyRotationResource {
  static final int BATCH = 200;

  public record RewrapResult(String keyId, int rewrapped) {}

  private final AccountService accounts;

  public KeyRotationResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @POST
  public RewrapResult rewrap() {
    int total = 0;
    int moved;
    do {
      moved = accounts.rewrapBatch(BATCH);
      total += moved;
    } while (moved == BATCH);
    return new RewrapResult(accounts.primaryKeyId(), total);
  }
}
