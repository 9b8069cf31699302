package dev.ceasefire.rules;

import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.Set;

/** The repository's rules, compiled once per test JVM, and small helpers to evaluate scenario files. */
public final class TestRules {

  private static RuleSet rules;
  private static RuleSet prebuilt;

  private TestRules() {}

  public static synchronized RuleSet rules() {
    if (rules == null) {
      rules = RuleSet.compile(RuleFiles.fromDirectory(Path.of("rules")));
    }
    return rules;
  }

  /** The executable model the build made from rules/, as the CLI uses it. */
  public static synchronized RuleSet prebuilt() {
    if (prebuilt == null) {
      prebuilt = RuleSet.load(RuleFiles.fromDirectory(Path.of("rules")));
    }
    return prebuilt;
  }

  public static Scenario scenario(String file) {
    try {
      return new ScenarioReader().read(Path.of(file));
    } catch (ScenarioException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  public static Evaluation evaluate(Scenario scenario) {
    return new Evaluator(rules()).evaluate(scenario, Mode.ALL_POSITIONS, Set.of());
  }

  public static Evaluation evaluate(Scenario scenario, Mode mode) {
    return new Evaluator(rules()).evaluate(scenario, mode, Set.of());
  }

  /** The canonical scenario: the status quo on the day of Putin's offer. */
  public static Scenario statusQuo2024() {
    return scenario("scenarios/status-quo-2024-06-14.yaml");
  }
}
