package dev.ceasefire.cli;

import dev.ceasefire.analysis.Analyses;
import dev.ceasefire.analysis.Analyses.Pathway;
import dev.ceasefire.analysis.Analyses.PathwaysResult;
import dev.ceasefire.analysis.WhatIf;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.report.JsonReport;
import dev.ceasefire.rules.Evaluator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ceasefire pathways}: the smallest sets of fact changes that bring one condition to a status. */
@Command(name = "pathways", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "The minimal sets of fact changes that bring a condition to a status (default MET), smallest"
        + " first, each with its side effects on the other positions' conditions. The rules judge every candidate.")
final class PathwaysCommand implements Callable<Integer> {

  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The base scenario file.")
  Path file;

  @Option(names = "--target", required = true, paramLabel = "CONDITION_ID[=STATUS]",
      description = "The condition, and the status wanted (MET, PARTIAL, NOT_MET, UNKNOWN, NOT_APPLICABLE; default MET).")
  String target;

  @Option(names = "--max-changes", defaultValue = "" + Analyses.DEFAULT_MAX_CHANGES, paramLabel = "N",
      description = "At most N fact changes per pathway. Default: ${DEFAULT-VALUE}.")
  int maxChanges;

  @Option(names = "--reading", defaultValue = "strict", description = "strict or lenient. Default: ${DEFAULT-VALUE}.")
  AnalysisSupport.ReadingOption reading;

  @Option(names = "--fix", paramLabel = "PATH[=VALUE]",
      description = "A fact that may not change (repeatable), e.g. --fix guarantees.guarantors; with =VALUE it is set first.")
  List<String> fix = new ArrayList<>();

  @Option(names = "--limit", defaultValue = "10", description = "Text format: show at most this many pathways.")
  int limit;

  @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var rules = common.rulesAsync();
    Scenario base = AnalysisSupport.read(file);
    int eq = target.indexOf('=');
    String id = eq < 0 ? target.strip() : target.substring(0, eq).strip();
    Status status = Status.MET;
    if (eq >= 0) {
      String s = target.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
      try {
        status = Status.valueOf(s);
      } catch (IllegalArgumentException e) {
        throw new UserException("--target: unknown status '" + target.substring(eq + 1) + "' (expected one of "
            + String.join(", ", Arrays.stream(Status.values()).map(Enum::name).toList()) + ")");
      }
    }
    PathwaysResult r;
    try (Analyses analyses = new Analyses(new Evaluator(Timings.join(rules)))) {
      r = analyses.pathways(base, id, status, reading.reading(), maxChanges, fix);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.print(JsonReport.render(r));
    } else {
      out.print(text(r));
    }
    out.flush();
    return 0;
  }

  String text(PathwaysResult r) {
    StringBuilder out = new StringBuilder();
    out.append("Pathways to ").append(r.target()).append(" = ").append(r.goal()).append(" (")
        .append(r.reading()).append(" reading) from ").append(r.scenario()).append('\n');
    out.append("now ").append(r.current()).append(" · at most ").append(r.maxChanges()).append(" changes");
    if (!r.fixed().isEmpty()) {
      out.append(" · fixed: ").append(String.join(", ", r.fixed()));
    }
    out.append(" · ").append(r.pathways().size()).append(" minimal pathway").append(r.pathways().size() == 1 ? "" : "s")
        .append(" · ").append(r.evaluations()).append(" evaluations in ").append(r.millis()).append(" ms\n");
    if (r.pathways().isEmpty()) {
      out.append("\nNo set of at most ").append(r.maxChanges()).append(" changes brings it to ").append(r.goal())
          .append(".\n");
    }
    int n = 0;
    for (Pathway p : r.pathways()) {
      if (n++ >= limit) {
        out.append("\n… and ").append(r.pathways().size() - limit).append(" more (--limit, or --format json)\n");
        break;
      }
      out.append('\n').append(n).append(". ").append(p.size()).append(p.size() == 1 ? " change\n" : " changes\n");
      AnalysisSupport.printChanges(out, p.changes(), "     ");
      if (p.sideEffects().isEmpty()) {
        out.append("   side effects: none on the other positions\n");
      } else {
        out.append("   side effects:\n");
        for (WhatIf.Flip f : p.sideEffects()) {
          out.append("     ").append(f.conditionId()).append("  ").append(f.from()).append(" → ").append(f.to());
          if (f.lenientFrom() != f.lenientTo()) {
            out.append("  (lenient ").append(f.lenientFrom()).append(" → ").append(f.lenientTo()).append(')');
          }
          out.append('\n');
        }
      }
    }
    if (!r.complete()) {
      out.append("\nThe search was cut short (too many candidates): pathways may be missing.\n");
    }
    return out.toString();
  }
}
