package dev.patchbay.accounts.project;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.id.Ids;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.common.security.ApiKeys;
import dev.patchbay.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * Operator endpoints: projects and their API keys. Callers are operators: an OIDC JWT in the {@code
 * operator} group, or the bootstrap admin key as the HTTP Basic username.
 */
@Path("/admin/projects")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

  public record CreateProject(@NotBlank @Size(max = 200) String name) {}

  public record ProjectView(String id, String name, Instant createdAt) {}

  public record CreateApiKey(@NotBlank @Size(max = 200) String name) {}

  /** An API key as listed: never the key itself. */
  public record ApiKeyView(
      String id,
      String projectId,
      String name,
      String keyPrefix,
      Instant createdAt,
      Instant revokedAt) {}

  /** The answer to key creation: the only time the key is shown. */
  public record NewApiKey(
      String id, String projectId, String name, String keyPrefix, Instant createdAt, String key) {}

  private final ProjectRepository projects;
  private final ApiKeyRepository keys;

  public AdminResource(ProjectRepository projects, ApiKeyRepository keys) {
    this.projects = projects;
    this.keys = keys;
  }

  @POST
  @Transactional
  @ResponseStatus(201)
  public ProjectView createProject(@Valid @NotNull CreateProject body) {
    Project project = new Project();
    project.id = Ids.newId("proj");
    project.name = body.name().trim();
    project.createdAt = Timestamps.now();
    projects.persist(project);
    return view(project);
  }

  @GET
  public List<ProjectView> listProjects() {
    return projects.listAll().stream().map(AdminResource::view).toList();
  }

  @POST
  @Path("/{projectId}/api_keys")
  @Transactional
  @ResponseStatus(201)
  public NewApiKey createKey(
      @PathParam("projectId") String projectId, @Valid @NotNull CreateApiKey body) {
    requireProject(projectId);
    String secret = ApiKeys.generate();
    ApiKey key = new ApiKey();
    key.id = Ids.newId("key");
    key.projectId = projectId;
    key.name = body.name().trim();
    key.keyHash = ApiKeys.hash(secret);
    key.keyPrefix = ApiKeys.displayPrefix(secret);
    key.createdAt = Timestamps.now();
    keys.persist(key);
    return new NewApiKey(key.id, projectId, key.name, key.keyPrefix, key.createdAt, secret);
  }

  @GET
  @Path("/{projectId}/api_keys")
  public List<ApiKeyView> listKeys(@PathParam("projectId") String projectId) {
    requireProject(projectId);
    return keys.listByProject(projectId).stream().map(AdminResource::view).toList();
  }

  @DELETE
  @Path("/{projectId}/api_keys/{keyId}")
  @Transactional
  public ApiKeyView revokeKey(
      @PathParam("projectId") String projectId, @PathParam("keyId") String keyId) {
    ApiKey key =
        keys.findByIdOptional(keyId)
            .filter(k -> k.projectId.equals(projectId))
            .orElseThrow(() -> ApiException.notFound("API key"));
    if (key.revokedAt == null) {
      key.revokedAt = Timestamps.now();
    }
    return view(key);
  }

  private void requireProject(String projectId) {
    projects.findByIdOptional(projectId).orElseThrow(() -> ApiException.notFound("Project"));
  }

  private static ProjectView view(Project p) {
    return new ProjectView(p.id, p.name, p.createdAt);
  }

  private static ApiKeyView view(ApiKey k) {
    return new ApiKeyView(k.id, k.projectId, k.name, k.keyPrefix, k.createdAt, k.revokedAt);
  }
}
