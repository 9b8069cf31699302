package dev.ceasefire.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.Expectations;
import dev.ceasefire.scenario.Expectations.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file under scenarios/ is a test case: its expect: block must hold, with no rule gaps. */
class ScenarioFilesTests {

  @TestFactory
  Stream<DynamicTest> everyScenarioFileMeetsItsExpectations() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> {
      Scenario scenario = TestRules.scenario(file.toString());
      return DynamicTest.dynamicTest(scenario.title() + " [" + file + "]", file.toUri(), () -> {
        assertThat(Expectations.unknownIds(scenario, TestRules.rules().catalogue().byId().keySet()))
            .as("condition ids in expect: that the catalogue does not know").isEmpty();
        assertThat(scenario.expect()).as("a scenario file states what it expects").isNotEmpty();
        Outcome outcome = Expectations.check(scenario, TestRules.evaluate(scenario));
        assertThat(outcome.mismatches()).as("mismatches in " + file).extracting(m -> m.describe() + " because " + m.reasons())
            .isEmpty();
        assertThat(outcome.warnings()).as("rule gaps or conflicts").noneMatch(w -> w.startsWith("RULE_"));
      });
    });
  }
}
