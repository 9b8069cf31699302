package dev.ceasefire.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ceasefire.model.Reading;
import dev.ceasefire.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks' floors do the work they are said to do, so their figures measure what the README says. */
class EngineFloorTests {

  @Test
  void theContractFloorsGiveOneVerdictPerConditionAndReadingAndTheEmptyRuleBaseNone() throws Exception {
    RuleSet rules = RuleSet.load(RuleFiles.fromDirectory(Path.of("rules")));
    EngineFloor floor = new EngineFloor(rules);
    List<Object> facts = floor.facts(new ScenarioReader().read(Path.of("scenarios/status-quo-2024-06-14.yaml")));
    int verdicts = rules.catalogue().allConditions().size() * Reading.values().length;

    // firings plus facts at the end: nothing fires on the empty rule base, and one verdict per firing on the other
    assertEquals(facts.size(), floor.run(facts));
    assertEquals(verdicts + facts.size() + verdicts, floor.runContractFloor(facts));
    assertEquals(verdicts + facts.size() + verdicts, floor.runSameSizeFloor(facts));
  }
}
