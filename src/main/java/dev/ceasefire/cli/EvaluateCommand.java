package dev.ceasefire.cli;

import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.report.JsonReport;
import dev.ceasefire.report.MarkdownReport;
import dev.ceasefire.report.Style;
import dev.ceasefire.report.TextReport;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ceasefire evaluate}: every condition of every position, for each scenario file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Evaluates scenario files against the stated positions: each condition's status under the"
        + " strict and the lenient reading, why, and its source.")
final class EvaluateCommand implements Callable<Integer> {

  enum Format { text, json, markdown }

  enum ColorMode { auto, always, never }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML or JSON), folders of them,"
      + " or - for standard input.")
  List<Path> files;

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "text (a table), json (the contract of output.md; an array for several files) or markdown"
          + " (a handout). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--mode", defaultValue = "all-positions", converter = ModeConverter.class,
      description = "all-positions (judge every position on substance) or as-of (only positions live on the"
          + " scenario's asOfDate). Default: ${DEFAULT-VALUE}.")
  Mode mode;

  @Option(names = "--position", paramLabel = "ID", description = "Only this position (repeatable).")
  List<String> positions = new ArrayList<>();

  @Option(names = "--details", description = "Text format: every reason and the source quote under each row.")
  boolean details;

  @Option(names = "--color", defaultValue = "auto", description = "auto, always or never. NO_COLOR is honoured.")
  ColorMode color;

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Timings timings = new Timings(spec.commandLine().getErr());
    // The rules load on the second core while the scenarios are read: start-up is what CLI users feel.
    CompletableFuture<RuleSet> rules = common.rulesAsync();
    ScenarioReader reader = new ScenarioReader();
    List<Scenario> scenarios = new ArrayList<>();
    List<ScenarioException> errors = new ArrayList<>();
    List<Path> paths = Scenarios.expand(files);
    for (Path file : paths) {
      try {
        scenarios.add(Scenarios.read(reader, file));
      } catch (ScenarioException e) {
        errors.add(e);
      }
    }
    timings.mark("scenarios read");
    if (!errors.isEmpty()) {
      throw new UserException(Scenarios.join(errors));
    }
    Evaluator evaluator = new Evaluator(Timings.join(rules));
    timings.mark("rules ready");
    checkExpectations(evaluator.rules().catalogue().byId().keySet(), paths, scenarios);
    List<Evaluation> evaluations = new ArrayList<>();
    for (Scenario s : scenarios) {
      evaluations.add(evaluator.evaluate(s, mode, new LinkedHashSet<>(positions)));
    }
    timings.mark("evaluated");
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.print(JsonReport.render(evaluations.size() == 1 ? evaluations.get(0) : evaluations));
      case markdown -> evaluations.forEach(e -> out.print(new MarkdownReport().render(e)));
      case text -> {
        TextReport text = new TextReport(Terminal.style(color.name()), Terminal.width(), details);
        for (int i = 0; i < evaluations.size(); i++) {
          out.print((i > 0 ? "\n" : "") + text.render(evaluations.get(i)));
        }
      }
    }
    out.flush();
    timings.mark("printed");
    return 0;
  }

  /**
   * An {@code expect:} naming a condition the rules do not have is an error, as in {@code test}: such files are read
   * again, checking the ids, so the message has the line, column and a suggestion (rare, so the common path reads
   * each file once while the rules load).
   */
  static void checkExpectations(java.util.Set<String> ids, List<Path> paths, List<Scenario> scenarios) {
    ScenarioReader checking = new ScenarioReader().checkingConditions(ids);
    List<ScenarioException> errors = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      if (s.expect() != null && !ids.containsAll(s.expect().keySet())) {
        try {
          Scenarios.read(checking, paths.get(i));
        } catch (ScenarioException e) {
          errors.add(e);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new UserException(Scenarios.join(errors));
    }
  }
}
