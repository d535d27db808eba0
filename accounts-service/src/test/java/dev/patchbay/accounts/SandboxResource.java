package dev.patchbay.accounts;

import dev.patchbay.sandbox.ProviderSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** An in-process provider-sandbox: every provider call of a token refresh goes to it. */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {
  private ProviderSandbox sandbox;

  @Override
  public Map<String, String> start() {
    sandbox = ProviderSandbox.start("127.0.0.1", 0);
    return Map.of("patchbay.sandbox.url", sandbox.url().toString());
  }

  @Override
  public void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
