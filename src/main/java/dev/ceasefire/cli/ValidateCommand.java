package dev.ceasefire.cli;

import dev.ceasefire.model.Scenario;
import dev.ceasefire.rules.Catalogue;
import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.rules.RuleSets;
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

/**
 * {@code ceasefire validate}: reading and schema checks, and the condition ids of {@code expect:} blocks against the
 * rules' catalogue; no rule is compiled.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Reads scenario files and checks them against the vocabulary, without evaluating them.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Scenario files or folders.")
  List<Path> paths;

  @Option(names = "--verbose", description = "Show stack traces with errors.")
  boolean verbose;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Folder of rule files whose condition ids expect: blocks may name (default: ./rules when it"
          + " exists, else the rules inside the jar). Only the catalogue is read; no rule is compiled.")
  Path rules;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> files = Scenarios.expand(paths);
    Catalogue catalogue = RuleSet.catalogue(RuleSets.files(rules));
    ScenarioReader reader = new ScenarioReader().checkingConditions(catalogue.byId().keySet());
    List<ScenarioException> errors = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    List<Path> read = new ArrayList<>();
    for (Path file : files) {
      try {
        scenarios.add(Scenarios.read(reader, file));
        read.add(file);
      } catch (ScenarioException e) {
        errors.add(e);
      }
    }
    List<String> problems = new ArrayList<>(errors.stream().map(ScenarioException::getMessage).toList());
    problems.addAll(Scenarios.duplicateIds(read, scenarios));
    if (!problems.isEmpty()) {
      throw new UserException(String.join(System.lineSeparator(), problems));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(files.size() + (files.size() == 1 ? " file" : " files") + " valid");
    out.flush();
    return 0;
  }
}
