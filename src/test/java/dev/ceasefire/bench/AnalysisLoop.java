package dev.ceasefire.bench;

import dev.ceasefire.analysis.Analyses;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.RuleFiles;
import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The analyses' benchmark cases run a few times in one warm JVM, wall-clock time printed per run, for profiling
 * them under Flight Recorder (the JMH AnalysisBenchmark gives the figures). Usage: java ... AnalysisLoop
 * [commonGround|pathways|pathwaysAll] [runs] (pathways: the three seeded positions; pathwaysAll: every position)
 */
public final class AnalysisLoop {

  private AnalysisLoop() {
  }

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "commonGround";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Analyses analyses = new Analyses(new Evaluator(RuleSet.load(RuleFiles.fromDirectory(Path.of("rules")))));
    Scenario statusQuo = new ScenarioReader().read(Path.of("scenarios/status-quo-2024-06-14.yaml"));
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Object result = which.equals("pathways") ? analyses.allPathways(statusQuo, AnalysisBenchmark.SEEDED, 3)
          : which.equals("pathwaysAll") ? analyses.allPathways(statusQuo, List.of(), 3)
          : analyses.commonGround(statusQuo, "UA-2022-03-29", "RU-2024-06-14", Reading.STRICT, List.of());
      if (result instanceof Analyses.CommonGroundResult r) {
        System.out.println("evaluations by step: " + r.evaluationsByStep() + ", in all " + r.evaluations());
      }
      System.out.printf("%s: %d ms%n", which, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
