package dev.ceasefire.cli;

import dev.ceasefire.analysis.Analyses;
import dev.ceasefire.analysis.Analyses.Collision;
import dev.ceasefire.analysis.Analyses.CommonGroundResult;
import dev.ceasefire.analysis.Analyses.Overlap;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.report.JsonReport;
import dev.ceasefire.rules.Evaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ceasefire common-ground}: can one world satisfy two positions, and if not, what collides. */
@Command(name = "common-ground", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Whether some assignment of facts makes every condition of two positions MET (failing that, none"
        + " NOT_MET): one witness scenario if so; if not, the colliding pairs of conditions and the facts they fight"
        + " over. Also the overlaps: conditions the same facts satisfy on both sides.")
final class CommonGroundCommand implements Callable<Integer> {

  enum Format { text, json }

  @Option(names = "--positions", required = true, split = ",", paramLabel = "A,B", description = "Two position ids.")
  List<String> positions;

  @Option(names = "--base", paramLabel = "SCENARIO", description = "Start from this scenario (default: nothing stated).")
  Path base;

  @Option(names = "--fix", paramLabel = "PATH[=VALUE]", description = "A fact that may not change (repeatable).")
  List<String> fix = new ArrayList<>();

  @Option(names = "--reading", defaultValue = "strict", description = "strict or lenient. Default: ${DEFAULT-VALUE}.")
  AnalysisSupport.ReadingOption reading;

  @Option(names = "--witness", paramLabel = "FILE", description = "Write the witness scenario (YAML) to FILE.")
  Path witness;

  @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var rules = common.rulesAsync();
    Scenario scenario = base == null ? null : AnalysisSupport.read(base);
    if (positions.size() != 2) {
      throw new UserException("--positions: name exactly two positions, e.g. UA-2022-03-29,RU-2024-06-14");
    }
    CommonGroundResult r;
    try (Analyses analyses = new Analyses(new Evaluator(Timings.join(rules)))) {
      r = analyses.commonGround(scenario, positions.get(0).strip(), positions.get(1).strip(), reading.reading(), fix);
    }
    if (witness != null && r.witnessYaml() != null) {
      try {
        Files.writeString(witness, r.witnessYaml(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserException(witness + ": cannot write the witness: " + e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? JsonReport.render(r) : text(r));
    out.flush();
    return 0;
  }

  String text(CommonGroundResult r) {
    StringBuilder out = new StringBuilder();
    String a = r.positions().get(0);
    String b = r.positions().get(1);
    out.append("Common ground of ").append(a).append(" and ").append(b).append(" (").append(r.reading())
        .append(" reading) · ").append(r.evaluations()).append(" evaluations in ").append(r.millis()).append(" ms\n\n");
    if (r.allMet()) {
      out.append("Every condition of both positions can be MET at once.\n");
    } else if (r.noneNotMet()) {
      out.append("No assignment makes every condition MET; one leaves none NOT_MET.\n");
    } else {
      out.append("No assignment makes every condition MET, nor one that leaves none NOT_MET.\n");
    }
    if (r.witnessGoal() != null) {
      out.append("\nWitness (every condition ").append(r.witnessGoal()).append("), changes from the base:\n");
      AnalysisSupport.printChanges(out, r.witnessChanges(), "  ");
      out.append(witness != null ? "  written to " + witness + "\n" : "  (--witness FILE writes it as a scenario file)\n");
    }
    if (!r.collisions().isEmpty()) {
      out.append("\nCollisions (no assignment of their facts makes both MET):\n");
      for (Collision c : r.collisions()) {
        out.append("  ").append(c.a()).append("  ×  ").append(c.b()).append('\n')
            .append("    over ").append(String.join(", ", c.facts())).append('\n');
      }
    }
    if (!r.unreachable().isEmpty()) {
      out.append("\nNot reachable alone within the search (").append("no pathway to MET found):\n");
      r.unreachable().forEach(id -> out.append("  ").append(id).append('\n'));
    }
    out.append("\nOverlaps (the same facts make both MET, and each depends on them):\n");
    if (r.overlaps().isEmpty()) {
      out.append("  none\n");
    }
    for (Overlap o : r.overlaps()) {
      out.append("  ").append(o.a()).append("  ≈  ").append(o.b()).append('\n')
          .append("    through ").append(String.join(", ", o.facts())).append('\n');
    }
    return out.toString();
  }
}
