package dev.patchbay.accounts.project;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.security.ApiKeyPrincipal;
import dev.patchbay.common.security.ApiKeyVerifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Lets the other services check an API key (by its hash) without reading this service's tables. */
@Path("/internal/api-keys/verify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InternalApiKeyResource {

  public record VerifyRequest(@NotBlank String keyHash) {}

  private final ApiKeyVerifier verifier;

  public InternalApiKeyResource(ApiKeyVerifier verifier) {
    this.verifier = verifier;
  }

  @POST
  public ApiKeyPrincipal verify(@Valid @NotNull VerifyRequest body) {
    return verifier.verify(body.keyHash()).orElseThrow(() -> ApiException.notFound("API key"));
  }
}
