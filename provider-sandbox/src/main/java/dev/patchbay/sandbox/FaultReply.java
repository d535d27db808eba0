package dev.patchbay.sandbox;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/** Carries out one injected {@link Faults.Fault}. */
final class FaultReply {
  private FaultReply() {}

  static void apply(Vertx vertx, RoutingContext ctx, Provider provider, Faults.Fault fault) {
    if (fault.latencyMs() > 0) {
      vertx.setTimer(fault.latencyMs(), tick -> answer(ctx, provider, fault));
    } else {
      answer(ctx, provider, fault);
    }
  }

  private static void answer(RoutingContext ctx, Provider provider, Faults.Fault fault) {
    if (fault.status() != 0) {
      if (fault.retryAfterSeconds() != null) {
        ctx.response().putHeader("retry-after", Integer.toString(fault.retryAfterSeconds()));
      }
      provider.error(
          ctx, fault.status(), fault.status() == 429 ? "Too many requests" : "Injected fault");
    } else if (fault.malformed()) {
      ctx.response()
          .setStatusCode(200)
          .putHeader("content-type", "application/json")
          .end("{\"data\": [{\"id\": \"1\", ");
    } else {
      ctx.next();
    }
  }
}
