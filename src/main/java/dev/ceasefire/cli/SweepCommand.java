package dev.ceasefire.cli;

import dev.ceasefire.analysis.Analyses;
import dev.ceasefire.analysis.Analyses.SweepResult;
import dev.ceasefire.analysis.Analyses.Vary;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.report.SweepReport;
import dev.ceasefire.rules.Evaluator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ceasefire sweep}: every combination of some facts' values, and each condition's status there. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Evaluates every combination of the varied facts' values on top of a scenario and prints the grid:"
        + " each condition's status at each point. html gives a heat map (conditions × grid points).")
final class SweepCommand implements Callable<Integer> {

  enum Format { csv, json, markdown, html }

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The base scenario file.")
  Path file;

  @Option(names = "--vary", required = true, paramLabel = "PATH=V1,V2,...",
      description = "A fact and its values (repeatable); a list value in brackets: uaWithdrawalDeclaration.regions=[],[DONETSK,LUHANSK]")
  List<String> vary = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "csv", description = "csv, json, markdown or html. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--reading", defaultValue = "strict", description = "strict or lenient (csv, markdown, html). Default: ${DEFAULT-VALUE}.")
  AnalysisSupport.ReadingOption reading;

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var rules = common.rulesAsync();
    Scenario base = AnalysisSupport.read(file);
    List<Vary> varies = new ArrayList<>();
    int total = 1;
    for (String v : vary) {
      int eq = v.indexOf('=');
      if (eq <= 0) {
        throw new UserException("--vary: expected PATH=V1,V2,… but got '" + v + "'");
      }
      Vary parsed = new Vary(v.substring(0, eq).strip(), splitValues(v.substring(eq + 1)));
      varies.add(parsed);
      total *= parsed.values().size();
    }
    PrintWriter err = spec.commandLine().getErr();
    IntConsumer progress = AnalysisSupport.stderrIsTerminal() ? bar(err, total) : null;
    SweepResult r;
    try (Analyses analyses = new Analyses(new Evaluator(Timings.join(rules)))) {
      r = analyses.sweep(base, varies, progress);
    }
    if (progress != null) {
      err.print("\r\033[K");
      err.flush();
    }
    boolean lenient = reading == AnalysisSupport.ReadingOption.lenient;
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case csv -> SweepReport.csv(r, lenient);
      case json -> SweepReport.json(r);
      case markdown -> SweepReport.markdown(r, lenient);
      case html -> SweepReport.html(r, lenient);
    });
    out.flush();
    return 0;
  }

  static List<String> splitValues(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char ch : text.toCharArray()) {
      if (ch == '[' || ch == '{') {
        depth++;
      } else if (ch == ']' || ch == '}') {
        depth--;
      }
      if (ch == ',' && depth == 0) {
        out.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(ch);
      }
    }
    out.add(current.toString().strip());
    return out;
  }

  private static IntConsumer bar(PrintWriter err, int total) {
    Object lock = new Object();
    return done -> {
      synchronized (lock) {
        int width = 30;
        int filled = (int) ((long) done * width / Math.max(1, total));
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        err.flush();
      }
    };
  }
}
