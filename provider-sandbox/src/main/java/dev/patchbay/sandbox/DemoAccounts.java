package dev.patchbay.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a demo linked account on a simulated provider holds as credentials. */
public final class DemoAccounts {
  private DemoAccounts() {}

  /**
   * The provider's demo credentials, plus for an OAuth provider its app's client id and secret, a
   * valid access token and a refresh token, as a freshly linked OAuth account holds them.
   */
  public static Map<String, String> credentials(Provider provider) {
    Map<String, String> credentials = new LinkedHashMap<>(provider.demoCredentials());
    provider
        .oauth()
        .ifPresent(
            oauth -> {
              credentials.put("clientId", oauth.client().id());
              credentials.put("clientSecret", oauth.client().secret());
              credentials.put("accessToken", oauth.demoAccessToken());
              credentials.put("refreshToken", oauth.demoRefreshToken());
            });
    return credentials;
  }
}
