package dev.ceasefire.cli;

import dev.ceasefire.analysis.Timeline;
import dev.ceasefire.model.Party;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.report.JsonReport;
import dev.ceasefire.report.TimelineReport;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ceasefire timeline}: one scenario judged AS_OF each statement date. */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Evaluates a scenario AS_OF each date on which a position was stated: which positions were live"
        + " then, their verdicts, and each party's territorial demand over time.")
final class TimelineCommand implements Callable<Integer> {

  enum Format { text, json, html }

  @Parameters(paramLabel = "SCENARIO", description = "A scenario file (YAML or JSON).")
  Path file;

  @Option(names = "--party", paramLabel = "RU|UA|US", description = "Only this party's positions.")
  Party party;

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "text, json or html (a self-contained page with an SVG chart). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var rules = common.rulesAsync();
    Scenario scenario;
    try {
      scenario = new ScenarioReader().read(file);
    } catch (ScenarioException e) {
      throw new UserException(Scenarios.join(List.of(e)));
    }
    Timeline.Result result = new Timeline(new Evaluator(Timings.join(rules))).of(scenario, party);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.print(JsonReport.render(result));
      case html -> out.print(TimelineReport.html(result));
      case text -> out.print(TimelineReport.text(result));
    }
    out.flush();
    return 0;
  }
}
