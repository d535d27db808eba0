package dev.patchbay.actions;

import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.StubAccounts;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Unified API calls as project A, and one demo account per sandbox provider. */
final class Unified {
  private static final Map<String, String> ACCOUNTS = new ConcurrentHashMap<>();

  private Unified() {}

  /**
   * An active account of project A linked to the sandbox's {@code provider} (one per provider),
   * with an auth config its connector's conformance scenarios use: an API-key one where there is
   * one (the sandbox's provider list hands out OAuth refresh tokens but no access tokens, and a
   * connector without refreshAuthentication needs one), else the first.
   */
  static String account(String provider) {
    return ACCOUNTS.computeIfAbsent(provider, Unified::newAccount);
  }

  /** A new account of {@code project} linked to the sandbox's {@code provider}. */
  static String newAccount(String projectId, String provider) {
    String id = Ids.newId("acc");
    StubAccounts.put(
        new StubAccounts.Account(
            id,
            projectId,
            provider,
            "active",
            authConfig(provider),
            "production",
            Sandbox.demoCredentials(provider)));
    return id;
  }

  private static String newAccount(String provider) {
    return newAccount(AccountsKeyStub.PROJECT_A, provider);
  }

  private static String authConfig(String provider) {
    Path scenarios = Path.of("../connectors/src/test/resources/conformance", provider + ".yaml");
    if (!Files.exists(scenarios)) {
      return null;
    }
    try (Stream<String> lines = Files.lines(scenarios)) {
      return lines
          .map(String::trim)
          .filter(l -> l.startsWith("auth_config:"))
          .map(l -> l.substring("auth_config:".length()).trim())
          .distinct()
          .sorted(Comparator.comparing((String key) -> key.startsWith("oauth")))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RequestSpecification as(String accountId) {
    RequestSpecification request = Api.as(AccountsKeyStub.KEY_A);
    return accountId == null ? request : request.header("x-account-id", accountId);
  }

  static Response get(String accountId, String path, Map<String, ?> query) {
    return as(accountId).queryParams(query).get(path);
  }

  static Response send(String accountId, String method, String path, Object body) {
    return as(accountId).contentType(ContentType.JSON).body(body).request(method, path);
  }
}
