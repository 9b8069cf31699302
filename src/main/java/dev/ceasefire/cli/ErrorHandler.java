package dev.ceasefire.cli;

import dev.ceasefire.rules.RulesException;
import dev.ceasefire.scenario.ScenarioException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into a message on stderr and exit code 2: bad scenarios and bad rules say where and what;
 * the stack trace is shown only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  static final int BAD_INPUT = 2;

  private final boolean verbose;

  ErrorHandler(boolean verbose) {
    this.verbose = verbose;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof ScenarioException || e instanceof RulesException || e instanceof UserException) {
      err.println(e.getMessage());
    } else if (e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage());
    } else {
      err.println("internal error: " + e + (verbose ? "" : " (run again with --verbose for the stack trace)"));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return BAD_INPUT;
  }
}
