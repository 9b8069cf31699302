package dev.ceasefire.cli;

import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.report.Style;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.scenario.Expectations;
import dev.ceasefire.scenario.Expectations.Mismatch;
import dev.ceasefire.scenario.Expectations.Outcome;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ceasefire test}: checks the {@code expect:} block of every scenario file. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Checks each scenario file's expect: block against the rules and lists every mismatch with"
        + " what was expected, what came out and why. Exit 1 on a mismatch, 2 on a file that cannot be read.")
final class TestCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Scenario files or folders (default: scenarios).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--mode", defaultValue = "all-positions", converter = ModeConverter.class,
      description = "all-positions or as-of. Default: ${DEFAULT-VALUE}.")
  Mode mode;

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> files = Scenarios.expand(paths.isEmpty() ? List.of(Path.of("scenarios")) : paths);
    if (files.isEmpty()) {
      throw new UserException("no scenario files in " + (paths.isEmpty() ? "scenarios" : paths));
    }
    Evaluator evaluator = new Evaluator(common.loadRules());
    Set<String> known = evaluator.rules().catalogue().byId().keySet();
    // expect: ids are checked as the files are read, so an unknown id is named with its line, column and the
    // closest known id
    ScenarioReader reader = new ScenarioReader().checkingConditions(known);
    List<Scenario> scenarios = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path file : files) {
      try {
        scenarios.add(reader.read(file));
      } catch (ScenarioException e) {
        errors.add(e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Style style = Terminal.style("auto");
    int passed = 0;
    int failed = 0;
    for (Scenario s : scenarios) {
      List<String> unknown = Expectations.unknownIds(s, known);
      if (!unknown.isEmpty()) {
        unknown.forEach(id -> errors.add(s.source() + ": expect: unknown condition id '" + id + "'"));
        continue;
      }
      Outcome o = Expectations.check(s, evaluator.evaluate(s, mode, Set.of()));
      if (o.passed()) {
        passed++;
        out.printf("%s  %s  %s%n", style.status(dev.ceasefire.model.Status.MET, 0).replace("MET", "PASS"),
            o.file(), style.dim("(" + o.checked() + " expectations)"));
      } else {
        failed++;
        out.printf("%s  %s  %s%n", style.status(dev.ceasefire.model.Status.NOT_MET, 0).replace("NOT_MET", "FAIL"),
            o.file(), o.title());
        for (Mismatch m : o.mismatches()) {
          out.println("      " + m.describe());
          m.reasons().forEach(r -> out.println("        because: " + r));
        }
        o.warnings().stream().filter(w -> w.startsWith("RULE_")).forEach(w -> out.println("      " + w));
      }
    }
    out.printf("%d passed, %d failed%n", passed, failed);
    out.flush();
    if (!errors.isEmpty()) {
      throw new UserException(String.join(System.lineSeparator(), errors));
    }
    return failed == 0 ? 0 : 1;
  }
}
