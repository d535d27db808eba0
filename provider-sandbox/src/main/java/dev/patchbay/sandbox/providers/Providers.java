package dev.patchbay.sandbox.providers;

import dev.patchbay.sandbox.Provider;
import java.time.Clock;
import java.util.List;

/** Every simulated provider, in catalogue order. */
public final class Providers {
  private Providers() {}

  public static List<Provider> all(Clock clock) {
    return List.of(
        new BambooHr(),
        new HiBob(),
        new Personio(clock),
        new Factorial(clock),
        new HubSpot(clock),
        new Pipedrive(clock),
        new Salesforce(clock),
        new Attio(clock),
        new Greenhouse(clock),
        new Lever(clock),
        new Ashby(clock),
        new Workable(clock));
  }
}
