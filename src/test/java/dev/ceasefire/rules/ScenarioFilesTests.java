package dev.ceasefire.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.Expectations;
import dev.ceasefire.scenario.Expectations.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file under scenarios/ is a test case: its expect: block must hold, with no rule gaps, both
 * with the DRL compiled now and with the executable model the build made (the CLI's default path).
 */
class ScenarioFilesTests {

  @Test
  void theBuildPrebuiltTheExecutableModelFromTheseRules() {
    assertThat(TestRules.prebuilt().build()).isEqualTo("executable-model");
    assertThat(TestRules.rules().build()).isEqualTo("drl");
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioFileMeetsItsExpectationsWithCompiledDrl() throws IOException {
    return tests(TestRules.rules());
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioFileMeetsItsExpectationsWithTheExecutableModel() throws IOException {
    return tests(TestRules.prebuilt());
  }

  private Stream<DynamicTest> tests(RuleSet rules) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> {
      Scenario scenario = TestRules.scenario(file.toString());
      return DynamicTest.dynamicTest(scenario.title() + " [" + file + "]", file.toUri(), () -> {
        assertThat(Expectations.unknownIds(scenario, rules.catalogue().byId().keySet()))
            .as("condition ids in expect: that the catalogue does not know").isEmpty();
        assertThat(scenario.expect()).as("a scenario file states what it expects").isNotEmpty();
        Outcome outcome = Expectations.check(scenario,
            new Evaluator(rules).evaluate(scenario, Mode.ALL_POSITIONS, Set.of()));
        assertThat(outcome.mismatches()).as("mismatches in " + file).extracting(m -> m.describe() + " because " + m.reasons())
            .isEmpty();
        assertThat(outcome.warnings()).as("rule gaps or conflicts").noneMatch(w -> w.startsWith("RULE_"));
      });
    });
  }
}
