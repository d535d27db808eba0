package dev.patchbay.common.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented as the HTTP Basic username. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
  private final String key;

  public ApiKeyAuthenticationRequest(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
