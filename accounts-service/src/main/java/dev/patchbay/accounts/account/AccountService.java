package dev.patchbay.accounts.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.accounts.credentials.ProviderTokenRefresh;
import dev.patchbay.common.crypto.Sealed;
import dev.patchbay.common.crypto.SecretVault;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.events.EventType;
import dev.patchbay.common.events.Outbox;
import dev.patchbay.common.id.Ids;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.common.security.ApiKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linked accounts of a project. Every change and its {@code account.*} event commit in one
 * transaction through the outbox.
 */
@ApplicationScoped
public class AccountService {
  private final LinkedAccountRepository accounts;
  private final SecretVault vault;
  private final Outbox outbox;
  private final ProviderTokenRefresh tokenRefresh;

  public AccountService(
      LinkedAccountRepository accounts,
      SecretVault vault,
      Outbox outbox,
      ProviderTokenRefresh tokenRefresh) {
    this.accounts = accounts;
    this.vault = vault;
    this.outbox = outbox;
    this.tokenRefresh = tokenRefresh;
  }

  @Transactional
  public List<AccountView> list(
      String projectId, AccountFilter filter, int pageIndex, int pageSize) {
    return accounts.search(projectId, filter, pageIndex, pageSize).stream()
        .map(AccountView::of)
        .toList();
  }

  @Transactional
  public AccountView get(String projectId, String id) {
    return AccountView.of(find(projectId, id));
  }

  @Transactional
  public LinkedAccount find(String projectId, String id) {
    return accounts
        .findInProject(projectId, id)
        .orElseThrow(() -> ApiException.notFound("Account"));
  }

  @Transactional
  public AccountView create(String projectId, ImportAccountRequest body) {
    LinkedAccount a = new LinkedAccount();
    a.id = Ids.newId("acc");
    a.projectId = projectId;
    a.provider = body.provider().trim();
    a.providerName = body.providerName();
    a.category = body.category();
    a.status = (body.status() == null ? AccountStatus.ACTIVE : body.status()).toString();
    a.originOwnerId = body.originOwnerId();
    a.originOwnerName = body.originOwnerName();
    a.originUsername = body.originUsername();
    a.label = body.label();
    a.type = (body.type() == null ? AccountType.PRODUCTION : body.type()).toString();
    a.authenticationConfigKey = body.authenticationConfigKey();
    a.environment = body.environment();
    a.setupInformation = body.setupInformation();
    a.metadata = body.metadata();
    store(a, body.credentials() == null ? Map.of() : body.credentials());
    a.createdAt = Timestamps.now();
    a.updatedAt = a.createdAt;
    accounts.persist(a);
    outbox.append(EventType.ACCOUNT_CREATED, projectId, a.id, AccountEventData.of(a));
    return AccountView.of(a);
  }

  @Transactional
  public AccountView update(String projectId, String id, UpdateAccountRequest body) {
    LinkedAccount a = find(projectId, id);
    Editable before = Editable.of(a);
    a.provider = orKeep(body.provider(), a.provider);
    a.originOwnerId = orKeep(body.originOwnerId(), a.originOwnerId);
    a.originOwnerName = orKeep(body.originOwnerName(), a.originOwnerName);
    a.originUsername = orKeep(body.originUsername(), a.originUsername);
    a.label = labelOf(body.label(), a.label);
    a.type = body.type() == null ? a.type : body.type().toString();
    a.authenticationConfigKey = orKeep(body.authenticationConfigKey(), a.authenticationConfigKey);
    a.environment = orKeep(body.environment(), a.environment);
    a.setupInformation = merged(a.setupInformation, body.setupInformation());
    a.metadata = merged(a.metadata, body.metadata());
    boolean changed = !before.equals(Editable.of(a));
    if (hasEntries(body.credentials()) || hasEntries(body.secrets())) {
      Map<String, Object> stored = vault.open(a.id, sealedOf(a));
      Map<String, Object> credentials = merged(merged(stored, body.credentials()), body.secrets());
      if (!credentials.equals(stored)) {
        store(a, credentials);
        changed = true;
      }
    }
    if (changed) {
      a.updatedAt = Timestamps.now();
      outbox.append(EventType.ACCOUNT_UPDATED, projectId, a.id, AccountEventData.of(a));
    }
    return AccountView.of(a);
  }

  /**
   * An account an end user linked through a connect session: the session's account when it names
   * one (it must link the same provider), else the latest account of the same owner and provider
   * unless the session allows several, else a new one. A reused account gets the new credentials
   * (replacing the old ones) and becomes active again.
   */
  @Transactional
  public LinkResult link(String projectId, LinkAccountRequest body) {
    Optional<LinkedAccount> reused =
        body.accountId() != null
            ? Optional.of(
                accounts
                    .findInProjectForUpdate(projectId, body.accountId())
                    .orElseThrow(() -> ApiException.notFound("Account")))
            : body.allowsSeveral()
                ? Optional.empty()
                : accounts.latestOfOwner(
                    projectId, body.originOwnerId(), body.originOwnerName(), body.provider());
    if (reused.isEmpty()) {
      return new LinkResult(create(projectId, body.asImport()), true);
    }
    LinkedAccount a = reused.get();
    if (!a.provider.equals(body.provider())) {
      throw ApiException.badRequest("The account links provider '" + a.provider + "'");
    }
    Editable before = Editable.of(a);
    String statusBefore = a.status;
    a.status = AccountStatus.ACTIVE.toString();
    a.originUsername = orKeep(body.originUsername(), a.originUsername);
    a.label = orKeep(body.label(), a.label);
    a.authenticationConfigKey = orKeep(body.authenticationConfigKey(), a.authenticationConfigKey);
    a.environment = orKeep(body.environment(), a.environment);
    boolean changed = !before.equals(Editable.of(a)) || !statusBefore.equals(a.status);
    if (!body.credentials().equals(vault.open(a.id, sealedOf(a)))) {
      store(a, body.credentials());
      changed = true;
    }
    if (changed) {
      a.updatedAt = Timestamps.now();
      outbox.append(EventType.ACCOUNT_UPDATED, projectId, a.id, AccountEventData.of(a));
    }
    return new LinkResult(AccountView.of(a), false);
  }

  /** What a PATCH can change besides credentials, to tell whether it changed anything. */
  private record Editable(
      String provider,
      String originOwnerId,
      String originOwnerName,
      String originUsername,
      String label,
      String type,
      String authenticationConfigKey,
      String environment,
      Map<String, Object> setupInformation,
      Map<String, Object> metadata) {

    static Editable of(LinkedAccount a) {
      return new Editable(
          a.provider,
          a.originOwnerId,
          a.originOwnerName,
          a.originUsername,
          a.label,
          a.type,
          a.authenticationConfigKey,
          a.environment,
          a.setupInformation,
          a.metadata);
    }
  }

  @Transactional
  public AccountView delete(String projectId, String id) {
    LinkedAccount a = find(projectId, id);
    accounts.delete(a);
    outbox.append(EventType.ACCOUNT_DELETED, projectId, a.id, AccountEventData.of(a));
    return AccountView.of(a);
  }

  /** The decrypted credentials, for other services acting on this account. */
  @Transactional
  public AccountCredentials credentials(String projectId, String id) {
    LinkedAccount a = find(projectId, id);
    return credentialsOf(a, vault.open(a.id, sealedOf(a)));
  }

  /**
   * The account's credentials after a token refresh, single-flight across every replica: the row is
   * locked ({@code SELECT … FOR UPDATE}) and read again, and only when its access token is still
   * the one the caller saw fail or expire ({@code staleAccessTokenHash}, its SHA-256; empty for
   * none) does the connector's {@code refreshAuthentication} run. The new access token, a rotated
   * refresh token and the expiry are saved in the same transaction, with {@code account.updated}
   * (never carrying credentials). Callers that waited on the lock get the already refreshed
   * credentials.
   */
  @Transactional
  public AccountCredentials refreshCredentials(
      String projectId, String id, String staleAccessTokenHash) {
    LinkedAccount a =
        accounts
            .findInProjectForUpdate(projectId, id)
            .orElseThrow(() -> ApiException.notFound("Account"));
    Map<String, Object> credentials = vault.open(a.id, sealedOf(a));
    if (accessTokenHash(credentials).equals(staleAccessTokenHash)) {
      credentials =
          tokenRefresh.refresh(a.provider, a.authenticationConfigKey, a.environment, credentials);
      store(a, credentials);
      a.updatedAt = Timestamps.now();
      outbox.append(EventType.ACCOUNT_UPDATED, projectId, a.id, AccountEventData.of(a));
    }
    return credentialsOf(a, credentials);
  }

  private static AccountCredentials credentialsOf(
      LinkedAccount a, Map<String, Object> credentials) {
    return new AccountCredentials(
        a.id,
        a.projectId,
        a.provider,
        a.status,
        a.authenticationConfigKey,
        a.environment,
        credentials);
  }

  /** The SHA-256 of the credentials' access token, empty when they hold none. */
  private static String accessTokenHash(Map<String, Object> credentials) {
    return credentials.get("accessToken") instanceof String token && !token.isBlank()
        ? ApiKeys.hash(token)
        : "";
  }

  /**
   * Moves up to {@code batch} accounts to the newest master key; returns how many moved. Rows are
   * locked, so a concurrent update waits instead of overwriting a rewrapped key.
   */
  @Transactional
  public int rewrapBatch(int batch) {
    List<LinkedAccount> stale = accounts.lockWrappedByOtherThan(vault.primaryKeyId(), batch);
    for (LinkedAccount a : stale) {
      Sealed moved = vault.rewrap(sealedOf(a));
      a.credentialsDek = moved.wrappedDataKey();
      a.credentialsKeyId = moved.keyId();
    }
    return stale.size();
  }

  public String primaryKeyId() {
    return vault.primaryKeyId();
  }

  private void store(LinkedAccount a, Map<String, Object> credentials) {
    Sealed sealed = vault.seal(a.id, credentials);
    a.credentialsCiphertext = sealed.ciphertext();
    a.credentialsDek = sealed.wrappedDataKey();
    a.credentialsKeyId = sealed.keyId();
  }

  private static Sealed sealedOf(LinkedAccount a) {
    return new Sealed(a.credentialsCiphertext, a.credentialsDek, a.credentialsKeyId);
  }

  private static String orKeep(String value, String current) {
    return value == null ? current : value;
  }

  private static String labelOf(JsonNode label, String current) {
    if (label == null || label.isNull() || (label.isObject() && label.isEmpty())) {
      return current;
    }
    if (!label.isTextual()) {
      throw ApiException.badRequest("Invalid value for field 'label': expected a string");
    }
    return label.textValue();
  }

  private static Map<String, Object> merged(
      Map<String, Object> current, Map<String, Object> change) {
    if (!hasEntries(change)) {
      return current;
    }
    Map<String, Object> result =
        current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
    result.putAll(change);
    return result;
  }

  private static boolean hasEntries(Map<String, Object> map) {
    return map != null && !map.isEmpty();
  }
}
