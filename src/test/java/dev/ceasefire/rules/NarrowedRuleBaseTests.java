package dev.ceasefire.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An evaluation of some positions runs on a rule base of only their packages and the shared rules (with the
 * prebuilt model). That is sound only if no position's rules read another position's conclusions: the answers
 * must be those of the whole rule base, for every scenario file, in both modes, for every single position and
 * for random sets of two and three.
 */
class NarrowedRuleBaseTests {

  @Test
  void evaluatingSomePositionsOnTheirOwnRulesGivesTheWholeRuleBasesAnswers() throws IOException {
    RuleSet prebuilt = TestRules.prebuilt();
    assertThat(prebuilt.build()).isEqualTo("executable-model");
    RuleSet whole = TestRules.rules();
    List<String> ids = prebuilt.catalogue().positions().stream().map(PositionInfo::id).toList();
    List<Set<String>> subsets = new ArrayList<>();
    ids.forEach(id -> subsets.add(Set.of(id)));
    Random random = new Random(7);
    for (int i = 0; i < 12; i++) {
      Set<String> s = new TreeSet<>();
      while (s.size() < 2 + i % 2) {
        s.add(ids.get(random.nextInt(ids.size())));
      }
      subsets.add(s);
    }
    List<Scenario> scenarios;
    try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
      scenarios = walk.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .map(p -> TestRules.scenario(p.toString())).toList();
    }
    Evaluator narrowed = new Evaluator(prebuilt);
    Evaluator reference = new Evaluator(whole);
    int compared = 0;
    for (Set<String> positions : subsets) {
      for (Scenario scenario : scenarios) {
        for (Mode mode : Mode.values()) {
          Evaluation a = narrowed.evaluate(scenario, mode, positions);
          Evaluation b = reference.evaluate(scenario, mode, positions);
          assertThat(a.positions()).as(scenario.source() + " " + mode + " " + positions).isEqualTo(b.positions());
          assertThat(a.warnings()).as(scenario.source() + " " + mode + " " + positions).isEqualTo(b.warnings());
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(subsets.size() * scenarios.size() * Mode.values().length);
  }

  /**
   * Requests choose their positions, so the rule bases narrowed to sets of positions are capped: past the cap a
   * set is evaluated on the whole rule base, never by building and dropping rule bases in turn. The answers stay
   * the same on both sides of the cap.
   */
  @Test
  void positionSetsPastTheCapAreEvaluatedOnTheWholeRuleBaseWithTheSameAnswers() {
    RuleSet prebuilt = RuleSet.load(RuleFiles.fromDirectory(Path.of("rules")));
    try {
      Evaluator narrowed = new Evaluator(prebuilt);
      Evaluator reference = new Evaluator(TestRules.rules());
      List<String> ids = prebuilt.catalogue().positions().stream().map(PositionInfo::id).toList();
      Scenario statusQuo = TestRules.statusQuo2024();
      int sets = 0;
      for (int i = 0; i < ids.size() && sets < 36; i++) {
        for (int j = i + 1; j < ids.size() && sets < 36; j++, sets++) {
          Set<String> positions = Set.of(ids.get(i), ids.get(j));
          assertThat(narrowed.evaluate(statusQuo, Mode.ALL_POSITIONS, positions).positions()).as(positions.toString())
              .isEqualTo(reference.evaluate(statusQuo, Mode.ALL_POSITIONS, positions).positions());
        }
      }
      assertThat(sets).isEqualTo(36);
    } finally {
      prebuilt.dispose();
    }
  }
}
