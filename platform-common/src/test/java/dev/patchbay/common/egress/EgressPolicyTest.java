package dev.patchbay.common.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EgressPolicyTest {
  final EgressPolicy strict = new EgressPolicy(false);

  @Test
  void refusesNonPublicTargetsInEverySpelling() {
    List<String> refused =
        List.of(
            "http://127.0.0.1/hook",
            "http://127.1/hook",
            "http://2130706433/hook",
            "http://localhost/hook",
            "http://[::1]/hook",
            "http://[::ffff:127.0.0.1]/hook",
            "http://[::ffff:10.0.0.1]/hook",
            "http://0.0.0.0/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://10.1.2.3/hook",
            "http://172.16.0.1/hook",
            "http://192.168.1.1/hook",
            "http://100.64.0.1/hook",
            "http://[fd00::1]/hook",
            "http://[fe80::1]/hook",
            "http://224.0.0.1/hook",
            "http://255.255.255.255/hook",
            "file:///etc/passwd",
            "gopher://example.com/",
            "ftp://93.184.216.34/",
            "https://user:pass@93.184.216.34/hook",
            "not a url",
            "",
            "https:///nohost");
    for (String url : refused) {
      ApiException e = assertThrows(ApiException.class, () -> strict.check("url", url), url);
      assertEquals(ErrorKind.BAD_REQUEST, e.kind(), url);
    }
  }

  @Test
  void acceptsPublicAddresses() {
    assertEquals("93.184.216.34", strict.check("url", "https://93.184.216.34/hook").getHost());
    assertEquals(
        "[2606:2800:220:1:248:1893:25c8:1946]",
        strict.check("url", "http://[2606:2800:220:1:248:1893:25c8:1946]:8443/x").getHost());
  }

  @Test
  void aTargetCarriesTheAddressToConnectTo() {
    EgressPolicy.Target target = strict.resolve("url", "https://93.184.216.34/hooks/in?x=1");
    assertEquals("93.184.216.34", target.address().getHostAddress());
    assertEquals(443, target.port());
    assertEquals("/hooks/in?x=1", target.pathAndQuery());
    EgressPolicy.Target plain = new EgressPolicy(true).resolve("url", "http://localhost:8000");
    assertEquals(true, plain.address().isLoopbackAddress());
    assertEquals(8000, plain.port());
    assertEquals("/", plain.pathAndQuery());
  }

  @Test
  void anOperatorMayAllowPrivateTargets() {
    EgressPolicy local = new EgressPolicy(true);
    assertEquals("127.0.0.1", local.check("url", "http://127.0.0.1:9000/hook").getHost());
    assertThrows(ApiException.class, () -> local.check("url", "file:///etc/passwd"));
  }

  @Test
  void anOperatorMayAllowNamedPrivateRangesOnly() {
    EgressPolicy ranges = new EgressPolicy(List.of("127.0.0.2", "10.20.0.0/16", "fd00::/8"));
    assertEquals("127.0.0.2", ranges.check("url", "http://127.0.0.2:9000/x").getHost());
    assertEquals("10.20.7.1", ranges.check("url", "http://10.20.7.1/x").getHost());
    assertEquals("[fd00::1]", ranges.check("url", "http://[fd00::1]/x").getHost());
    assertEquals("93.184.216.34", ranges.check("url", "https://93.184.216.34/").getHost());
    for (String url :
        List.of(
            "http://127.0.0.1/x",
            "http://localhost/x",
            "http://10.21.0.1/x",
            "http://169.254.169.254/",
            "http://[::1]/x")) {
      assertThrows(ApiException.class, () -> ranges.check("url", url), url);
    }
    assertThrows(IllegalArgumentException.class, () -> new EgressPolicy(List.of("example.com")));
    assertThrows(IllegalArgumentException.class, () -> new EgressPolicy(List.of("10.0.0.0/33")));
  }
}
