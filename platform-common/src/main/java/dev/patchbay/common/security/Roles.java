package dev.patchbay.common.security;

/** The roles a caller can hold. */
public final class Roles {
  /** A project's API key: the public Platform API, scoped to that project. */
  public static final String PROJECT = "project";

  /** An operator (OIDC JWT with this group, or the bootstrap admin key): admin endpoints. */
  public static final String OPERATOR = "operator";

  private Roles() {}
}
