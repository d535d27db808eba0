package dev.patchbay.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An {@code authorization} block, on an auth config or on a step. String values are expressions,
 * evaluated against the step context (connector-format.md §3). Keys a variant does not name stay in
 * {@code extra}.
 */
public sealed interface Authorization {

  /** The {@code type} as written. */
  String type();

  Map<String, JsonNode> extra();

  /** No auth header; credentials travel in request args. */
  record None(Map<String, JsonNode> extra) implements Authorization {
    @Override
    public String type() {
      return "none";
    }
  }

  /** {@code Basic <encoding(username:password)>}; {@code encoding} defaults to {@code base64}. */
  record Basic(String username, String password, String encoding, Map<String, JsonNode> extra)
      implements Authorization {
    @Override
    public String type() {
      return "basic";
    }
  }

  /**
   * {@code Bearer <token>}, or the raw token when {@code includeBearer} is false (default true).
   */
  record Bearer(String token, boolean includeBearer, Map<String, JsonNode> extra)
      implements Authorization {
    @Override
    public String type() {
      return "bearer";
    }
  }

  /**
   * A bearer header plus the OAuth 2 connect flow. Lifetimes are expressions or numbers of seconds.
   * Flow keys that no known file uses ({@code tokenParams}, {@code scopes}, {@code pkce}, …) stay
   * in {@code extra}.
   */
  record OAuth2(
      String token,
      boolean includeBearer,
      String authorizationUrl,
      Map<String, JsonNode> authorizationParams,
      String tokenUrl,
      JsonNode tokenExpiresIn,
      JsonNode tokenRefreshExpiresIn,
      Map<String, JsonNode> customHeaders,
      Map<String, JsonNode> extra)
      implements Authorization {
    @Override
    public String type() {
      return "oauth2";
    }
  }

  /**
   * A named header or query parameter; {@code in} is {@code header} (the default) or {@code query}.
   */
  record ApiKey(String key, String value, String in, Map<String, JsonNode> extra)
      implements Authorization {
    @Override
    public String type() {
      return "apiKey";
    }
  }
}
