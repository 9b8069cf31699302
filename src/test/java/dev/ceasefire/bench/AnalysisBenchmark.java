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
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analyses end to end, warm, both cores: every pathway of up to 3 changes to MET for every condition of the
 * seeded positions from the status quo, and common ground for UA-2022-03-29 × RU-2024-06-14. Each call starts
 * from an empty evaluation cache (a new request), so nothing carries over between calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AnalysisBenchmark {

  static final List<String> SEEDED = List.of("RU-2022-03-29", "UA-2022-03-29", "RU-2024-06-14");

  private Analyses analyses;
  private Scenario statusQuo;

  @Setup
  public void setUp() throws Exception {
    analyses = new Analyses(new Evaluator(RuleSet.load(RuleFiles.fromDirectory(Path.of("rules")))));
    statusQuo = new ScenarioReader().read(Path.of("scenarios/status-quo-2024-06-14.yaml"));
  }

  /** The case: the three seeded positions (the 45 conditions the project started from). */
  @Benchmark
  public Object pathwaysUpTo3ChangesForEveryCondition() {
    return analyses.allPathways(statusQuo, SEEDED, 3);
  }

  /** The same for every position of the catalogue: larger than the case, for comparison. */
  @Benchmark
  public Object pathwaysUpTo3ChangesForEveryConditionOfAllPositions() {
    return analyses.allPathways(statusQuo, List.of(), 3);
  }

  @Benchmark
  public Object commonGroundIstanbulAndPutin2024() {
    return analyses.commonGround(statusQuo, "UA-2022-03-29", "RU-2024-06-14", Reading.STRICT, List.of());
  }
}
