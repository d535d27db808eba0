package dev.patchbay.engine.cli;

import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.ActionExecutor;
import dev.patchbay.engine.runtime.HttpTransport;
import dev.patchbay.engine.runtime.JdkHttpTransport;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./patchbay connector …}: StackOne's {@code validate} and {@code run} commands on the
 * engine, without the platform. Exit status 0 on success, 1 when a connector does not load or an
 * action fails, 2 for a wrong command line.
 */
public final class ConnectorCli {
  static final String USAGE =
      "usage: ./patchbay connector "
          + ValidateCommand.USAGE
          + "\n       ./patchbay connector "
          + RunCommand.USAGE;

  private final PrintStream out;
  private final PrintStream err;
  private final HttpTransport transport;

  ConnectorCli(PrintStream out, PrintStream err, HttpTransport transport) {
    this.out = out;
    this.err = err;
    this.transport = transport;
  }

  public static void main(String[] args) {
    ConnectorCli cli =
        new ConnectorCli(System.out, System.err, new JdkHttpTransport(Duration.ofSeconds(30)));
    System.exit(cli.run(args));
  }

  int run(String... args) {
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    String command = args.length == 0 ? "" : args[0];
    try {
      return switch (command) {
        case "validate" -> new ValidateCommand(new ConnectorLoader(), out, err).run(rest);
        case "run" ->
            new RunCommand(
                    new ConnectorLoader(),
                    new ActionExecutor(new ExpressionEngine(Clock.systemUTC()), transport),
                    out,
                    err)
                .run(rest);
        case "help", "--help", "-h" -> {
          out.println(USAGE);
          yield 0;
        }
        default ->
            throw new UsageException(
                command.isEmpty() ? "no command" : "unknown command " + command);
      };
    } catch (UsageException wrong) {
      err.println(wrong.getMessage());
      err.println(USAGE);
      return 2;
    }
  }
}
