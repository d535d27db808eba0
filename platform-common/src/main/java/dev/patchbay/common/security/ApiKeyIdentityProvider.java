package dev.patchbay.common.security;

import dev.patchbay.common.config.PlatformConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns an API key into an identity: the bootstrap admin key becomes an operator, a project's key
 * becomes that project's caller.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
  static final String BOOTSTRAP_ADMIN = "bootstrap-admin";

  private final ApiKeyVerifier verifier;
  private final PlatformConfig config;

  public ApiKeyIdentityProvider(ApiKeyVerifier verifier, PlatformConfig config) {
    this.verifier = verifier;
    this.config = config;
  }

  @Override
  public Class<ApiKeyAuthenticationRequest> getRequestType() {
    return ApiKeyAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
    String key = request.key();
    if (config.adminKey().filter(admin -> ApiKeys.sameSecret(admin, key)).isPresent()) {
      return Uni.createFrom()
          .item(
              QuarkusSecurityIdentity.builder()
                  .setPrincipal(new QuarkusPrincipal(BOOTSTRAP_ADMIN))
                  .addRole(Roles.OPERATOR)
                  .build());
    }
    return context.runBlocking(
        () ->
            verifier
                .verify(ApiKeys.hash(key))
                .map(ApiKeyIdentityProvider::projectIdentity)
                .orElseThrow(AuthenticationFailedException::new));
  }

  private static SecurityIdentity projectIdentity(ApiKeyPrincipal principal) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(principal.keyId()))
        .addRole(Roles.PROJECT)
        .addAttribute(Tenant.PROJECT_ID, principal.projectId())
        .build();
  }
}
