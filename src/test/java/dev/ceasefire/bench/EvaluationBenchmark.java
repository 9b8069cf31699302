package dev.ceasefire.bench;

import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.rules.EngineFloor;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.RuleFiles;
import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
 * Warm evaluations of the canonical scenario against every seeded position, one fresh Drools session each, on
 * one thread: the figure is evaluations per second per core. Run with bench/jmh.sh from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

  private static final Set<String> SEEDED = Set.of("RU-2022-03-29", "UA-2022-03-29", "RU-2024-06-14");
  private static final Set<String> TRIGGER = Set.of("RU-2024-06-14/ceasefire-trigger");

  private Evaluator prebuilt;
  private Evaluator drl;
  private Scenario statusQuo;
  private EngineFloor floor;
  private List<Object> floorFacts;

  @Setup
  public void setUp() throws Exception {
    RuleFiles files = RuleFiles.fromDirectory(Path.of("rules"));
    prebuilt = new Evaluator(RuleSet.load(files));
    drl = new Evaluator(RuleSet.compile(files));
    statusQuo = new ScenarioReader().read(Path.of("scenarios/status-quo-2024-06-14.yaml"));
    floor = new EngineFloor(RuleSet.load(files));
    floorFacts = floor.facts(statusQuo);
  }

  /** The same facts into a rule base with no rules: what the engine costs before any rule matches. */
  @Benchmark
  public int engineFloorSameFactsNoRules() {
    return floor.run(floorFacts);
  }

  /**
   * The same facts into the least rule base the contract allows: one verdict per condition and reading, each from
   * a rule with one join and no test. No rule base that gives every condition its verdicts can do less.
   */
  @Benchmark
  public int contractFloorOneVerdictPerConditionAndReading() {
    return floor.runContractFloor(floorFacts);
  }

  /** The contract's floor with as many rules as the real rule base, the others evaluated but never firing. */
  @Benchmark
  public int contractFloorWithAsManyRulesAsTheRealOnes() {
    return floor.runSameSizeFloor(floorFacts);
  }

  @Benchmark
  public Evaluation evaluateWithPrebuiltModel() {
    return prebuilt.evaluate(statusQuo, Mode.ALL_POSITIONS, Set.of());
  }

  /** The three seeded positions only, on the rule base narrowed to their packages (what `?position=` gets). */
  @Benchmark
  public Evaluation evaluateSeededPositionsOnNarrowedRuleBase() {
    return prebuilt.evaluate(statusQuo, Mode.ALL_POSITIONS, SEEDED);
  }

  /**
   * What the analyses ask for each candidate world: the statuses of one condition (here Russia's 2024 trigger,
   * with its three parts) on a rule base of those conditions' rules only, without the report. Re-evaluating only
   * what a question reads is how main re-evaluates incrementally (a kept Drools session did not hold up: README).
   */
  @Benchmark
  public Evaluator.Statuses reevaluateOneConditionOnItsOwnRules() {
    return prebuilt.statuses(statusQuo, Mode.ALL_POSITIONS, TRIGGER, Set.of());
  }

  /** Every condition's statuses without the report (reasons, sources, rules fired): the report's share. */
  @Benchmark
  public Evaluator.Statuses statusesOfEveryConditionWithoutTheReport() {
    return prebuilt.statuses(statusQuo, Mode.ALL_POSITIONS, Set.of(), Set.of());
  }

  @Benchmark
  public Evaluation evaluateWithCompiledDrl() {
    return drl.evaluate(statusQuo, Mode.ALL_POSITIONS, Set.of());
  }
}
