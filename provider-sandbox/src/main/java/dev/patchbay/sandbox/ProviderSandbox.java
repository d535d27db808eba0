package dev.patchbay.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.sandbox.providers.Providers;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP server simulating every provider. A provider answers under {@code /<key>/} and under
 * each of its real hosts, {@code /<host>/}. {@code /__sandbox/} is the admin API: health, the
 * provider list with demo credentials, injected faults, reset, the request journal and token
 * expiry.
 */
public final class ProviderSandbox implements AutoCloseable {
  static final String HOST_HEADER = "x-sandbox-host";
  private static final int MAX_BODY = 20 * 1024 * 1024;

  private final Vertx vertx;
  private final HttpServer server;
  private final Map<String, Provider> providers;
  private final Faults faults;
  private final RequestJournal journal;

  private ProviderSandbox(
      Vertx vertx,
      HttpServer server,
      Map<String, Provider> providers,
      Faults faults,
      RequestJournal journal) {
    this.vertx = vertx;
    this.server = server;
    this.providers = providers;
    this.faults = faults;
    this.journal = journal;
  }

  /** Starts every provider of {@link Providers#all(Clock)} on {@code host:port} (0 = any). */
  public static ProviderSandbox start(String host, int port) {
    return start(host, port, Providers.all(Clock.systemUTC()));
  }

  public static ProviderSandbox start(String host, int port, List<Provider> list) {
    Map<String, Provider> providers = new LinkedHashMap<>();
    list.forEach(provider -> providers.put(provider.key(), provider));
    Vertx vertx = Vertx.vertx();
    Faults faults = new Faults();
    RequestJournal journal = new RequestJournal();
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false).setBodyLimit(MAX_BODY));
    Admin admin = new Admin(providers, faults, journal);
    admin.mount(router);
    router.routeWithRegex("^/([^/]*\\.[^/]*)(/.*)?$").handler(ctx -> dispatch(ctx, providers));
    providers.values().forEach(provider -> mount(vertx, router, provider, faults, journal));
    router.route().handler(ctx -> Json.send(ctx, 404, admin.notSimulated(ctx.normalizedPath())));
    try {
      HttpServer server =
          vertx
              .createHttpServer()
              .requestHandler(router)
              .listen(port, host)
              .toCompletionStage()
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      return new ProviderSandbox(vertx, server, providers, faults, journal);
    } catch (Exception failed) {
      vertx.close();
      throw new IllegalStateException("provider-sandbox could not listen on " + port, failed);
    }
  }

  public int port() {
    return server.actualPort();
  }

  /** The base URL, for example {@code http://127.0.0.1:8090}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public Faults faults() {
    return faults;
  }

  public RequestJournal journal() {
    return journal;
  }

  public Optional<Provider> provider(String key) {
    return Optional.ofNullable(providers.get(key));
  }

  @Override
  public void close() {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // closing is best effort
    }
  }

  private static void dispatch(RoutingContext ctx, Map<String, Provider> providers) {
    String host = ctx.pathParam("param0");
    String rest = ctx.pathParam("param1");
    Optional<Provider> match =
        providers.values().stream()
            .filter(p -> p.hosts().stream().anyMatch(h -> HostPattern.matches(h, host)))
            .findFirst();
    if (match.isEmpty()) {
      ctx.next();
      return;
    }
    ctx.request().headers().set(HOST_HEADER, host);
    String query = ctx.request().query();
    ctx.reroute(
        "/" + match.get().key() + (rest == null ? "/" : rest) + (query == null ? "" : "?" + query));
  }

  private static void mount(
      Vertx vertx, Router router, Provider provider, Faults faults, RequestJournal journal) {
    String prefix = "/" + provider.key() + "/*";
    router
        .route(prefix)
        .handler(
            ctx -> {
              ctx.addEndHandler(
                  done ->
                      journal.record(
                          new RequestJournal.Entry(
                              provider.key(),
                              ctx.request().method().name(),
                              ctx.request().path(),
                              ctx.response().getStatusCode())));
              faults
                  .next(provider.key())
                  .ifPresentOrElse(
                      fault -> FaultReply.apply(vertx, ctx, provider, fault), ctx::next);
            });
    Router routes = Router.router(vertx);
    provider.mount(routes);
    routes.route().handler(ctx -> provider.error(ctx, 404, "Not found"));
    router.route(prefix).subRouter(routes);
  }

  public static void main(String[] args) {
    int port = Integer.parseInt(System.getenv().getOrDefault("PATCHBAY_SANDBOX_PORT", "8090"));
    ProviderSandbox sandbox = start("127.0.0.1", port);
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
    System.out.println("provider-sandbox listening on " + sandbox.url());
  }

  /** The admin API under {@code /__sandbox/}. */
  private record Admin(Map<String, Provider> providers, Faults faults, RequestJournal journal) {
    void mount(Router router) {
      router
          .get("/__sandbox/health")
          .handler(ctx -> Json.send(ctx, 200, Json.object().put("status", "UP")));
      router.get("/__sandbox/providers").handler(ctx -> Json.send(ctx, 200, list()));
      router.post("/__sandbox/faults").handler(this::addFault);
      router
          .delete("/__sandbox/faults")
          .handler(
              ctx -> {
                faults.clear();
                ctx.response().setStatusCode(204).end();
              });
      router
          .post("/__sandbox/reset")
          .handler(
              ctx -> {
                faults.clear();
                journal.clear();
                providers.values().forEach(Provider::reset);
                ctx.response().setStatusCode(204).end();
              });
      router
          .get("/__sandbox/requests")
          .handler(ctx -> Json.send(ctx, 200, journal.toJson(ctx.queryParams().get("provider"))));
      router.post("/__sandbox/providers/:key/expire-tokens").handler(this::expireTokens);
      router.post("/__sandbox/providers/:key/deny-consent").handler(this::denyConsent);
    }

    private ArrayNode list() {
      ArrayNode out = Json.array();
      providers
          .values()
          .forEach(
              provider -> {
                ObjectNode row = out.addObject().put("key", provider.key());
                provider.hosts().forEach(row.withArray("hosts")::add);
                ObjectNode credentials = row.putObject("demo_credentials");
                DemoAccounts.credentials(provider).forEach(credentials::put);
              });
      return out;
    }

    private void addFault(RoutingContext ctx) {
      try {
        faults.add(
            Json.body(ctx)
                .orElseThrow(() -> new IllegalArgumentException("a JSON object is required")));
        ctx.response().setStatusCode(204).end();
      } catch (IllegalArgumentException invalid) {
        Json.send(ctx, 400, Json.object().put("error", invalid.getMessage()));
      }
    }

    private void expireTokens(RoutingContext ctx) {
      onOAuth(ctx, OAuthServer::expireAccessTokens);
    }

    private void denyConsent(RoutingContext ctx) {
      onOAuth(ctx, OAuthServer::denyNextConsent);
    }

    private void onOAuth(RoutingContext ctx, java.util.function.Consumer<OAuthServer> action) {
      Optional<OAuthServer> oauth =
          Optional.ofNullable(providers.get(ctx.pathParam("key"))).flatMap(Provider::oauth);
      oauth.ifPresentOrElse(
          server -> {
            action.accept(server);
            ctx.response().setStatusCode(204).end();
          },
          () ->
              Json.send(
                  ctx,
                  404,
                  Json.object().put("error", "no OAuth provider " + ctx.pathParam("key"))));
    }

    ObjectNode notSimulated(String path) {
      return Json.object().put("error", "the sandbox simulates nothing at " + path);
    }
  }
}
