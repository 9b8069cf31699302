package dev.ceasefire.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of the {@code ceasefire} command. Returns 0 ok, 1 checks failed, 2 bad input or bad rules. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    RulePrefetch.start(args);
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine(Arrays.asList(args).contains("--verbose")).execute(args);
  }

  static CommandLine commandLine(boolean verbose) {
    CommandLine cli = new CommandLine(new CeasefireCommand());
    cli.setExecutionExceptionHandler(new ErrorHandler(verbose));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
