package dev.patchbay.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamsTest {

  @Test
  void instancesOfAServiceTakeRequestsInTurn() {
    Upstreams upstreams = new Upstreams();
    upstreams.add("accounts-service=http://127.0.0.1:8081");
    upstreams.add("logs-service=http://127.0.0.1:8085");
    upstreams.add("accounts-service=http://127.0.0.1:8181");

    List<URI> taken = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      taken.add(upstreams.next("accounts-service").orElseThrow());
    }
    URI first = URI.create("http://127.0.0.1:8081");
    URI second = URI.create("http://127.0.0.1:8181");
    assertEquals(List.of(first, second, first, second), taken);
    // another service keeps its own turn
    assertEquals(Optional.of(URI.create("http://127.0.0.1:8085")), upstreams.next("logs-service"));
    assertEquals(Optional.of(first), upstreams.next("accounts-service"));
  }

  @Test
  void aSingleInstanceTakesEveryRequest() {
    Upstreams upstreams = new Upstreams();
    upstreams.add("proxy-service=http://127.0.0.1:8083");
    for (int i = 0; i < 3; i++) {
      assertEquals(
          Optional.of(URI.create("http://127.0.0.1:8083")), upstreams.next("proxy-service"));
    }
  }

  @Test
  void anUnknownServiceHasNoInstance() {
    assertEquals(Optional.empty(), new Upstreams().next("actions-service"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"accounts-service", "accounts-service=", "=http://h:1", "a=https://h:1"})
  void malformedUpstreamsAreRefused(String upstream) {
    assertThrows(IllegalArgumentException.class, () -> new Upstreams().add(upstream));
  }
}
