package dev.patchbay.actions.catalog;

import dev.patchbay.catalogue.ConnectorCatalog;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The connector catalogue (contract §4), at the seed paths {@code /connectors} and the official
 * client's {@code /connectors/meta}. {@code include} (a comma list such as {@code
 * field_path,unmapped_fields,resources,inactive}) is accepted: every connector served is active and
 * its resources are always included.
 */
@Path("/connectors")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorsResource {
  private final ConnectorCatalog catalog;

  public ConnectorsResource(ConnectorCatalog catalog) {
    this.catalog = catalog;
  }

  /** A bare JSON array, as the official client expects. */
  @GET
  public List<ConnectorMeta> list(@QueryParam("include") String include) {
    return catalog.all().stream().map(ConnectorMeta::of).toList();
  }

  @GET
  @Path("/meta")
  public List<ConnectorMeta> listMeta(@QueryParam("include") String include) {
    return list(include);
  }

  @GET
  @Path("/{provider}")
  public ConnectorMeta get(
      @PathParam("provider") String provider, @QueryParam("include") String include) {
    return catalog
        .connector(provider)
        .map(ConnectorMeta::of)
        .orElseThrow(() -> ApiException.notFound("Connector " + provider));
  }

  @GET
  @Path("/meta/{provider}")
  public ConnectorMeta getMeta(
      @PathParam("provider") String provider, @QueryParam("include") String include) {
    return get(provider, include);
  }
}
