package dev.patchbay.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Scale-out on one machine, run by the build after every service is packaged: {@code
 * scripts/replicas-e2e.sh} starts {@code ./patchbay up --replicas 2} on ports of its own (the jars
 * this build made, no rebuild) and checks that two instances of every service duplicate no side
 * effect: migrations applied once, one {@code account.created} per account, one webhook delivery
 * per event and subscription, one token refresh per expiry. The script stops everything it started.
 */
class ScaleOutIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void twoReplicasOfEveryServiceDuplicateNoSideEffect() throws IOException, InterruptedException {
    Path log = Path.of("target", "replicas-e2e.log").toAbsolutePath();
    ProcessBuilder script =
        new ProcessBuilder(ROOT.resolve("scripts/replicas-e2e.sh").toString())
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    script.environment().put("PATCHBAY_SKIP_BUILD", "1");
    Process run = script.start();
    boolean finished = run.waitFor(20, TimeUnit.MINUTES);
    if (!finished) {
      run.destroy();
      run.waitFor(1, TimeUnit.MINUTES);
    }
    String output = Files.readString(log);
    assertTrue(finished, "the scale-out check did not finish:\n" + output);
    assertEquals(0, run.exitValue(), output);
    assertTrue(output.contains("replicas e2e passed"), output);
  }
}
