package dev.ceasefire.cli;

import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ceasefire validate}: reading and schema checks only; no rules are loaded. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Reads scenario files and checks them against the vocabulary, without evaluating them.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Scenario files or folders.")
  List<Path> paths;

  @Option(names = "--verbose", description = "Show stack traces with errors.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ScenarioReader reader = new ScenarioReader();
    List<ScenarioException> errors = new ArrayList<>();
    List<Path> files = Scenarios.expand(paths);
    for (Path file : files) {
      try {
        reader.read(file);
      } catch (ScenarioException e) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      throw new UserException(Scenarios.join(errors));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(files.size() + (files.size() == 1 ? " file" : " files") + " valid");
    out.flush();
    return 0;
  }
}
