package dev.ceasefire.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * The analyses ask the rules about one or two conditions at a time, on a rule base of those conditions' rules and
 * of the conditions their verdicts depend on (the closure: parts, triggers, verdicts their rules read). That is
 * sound only if the closure misses nothing: every condition's statuses, evaluated so, must be the whole rule
 * base's, for every scenario file in both modes.
 */
class ConditionScopeTests {

  @Test
  void everyConditionEvaluatedOnItsOwnRulesGetsTheWholeRuleBasesStatuses() throws IOException {
    RuleSet prebuilt = TestRules.prebuilt();
    assertThat(prebuilt.build()).isEqualTo("executable-model");
    Evaluator scoped = new Evaluator(prebuilt);
    Evaluator reference = new Evaluator(TestRules.rules());
    List<String> ids = prebuilt.catalogue().byId().keySet().stream().sorted().toList();
    int compared = 0;
    for (Scenario scenario : scenarios()) {
      for (Mode mode : Mode.values()) {
        Evaluation whole = reference.evaluate(scenario, mode, Set.of());
        Map<String, ConditionResult> expected = new HashMap<>();
        whole.positions().forEach(p -> p.conditions().forEach(c -> expected.put(c.id(), c)));
        List<String> incoherent = whole.warnings().stream().filter(w -> w.startsWith("INCOHERENT")).toList();
        for (String id : ids) {
          Evaluator.Statuses s = scoped.statuses(scenario, mode, Set.of(id), Set.of());
          String where = scenario.source() + " " + mode + " " + id;
          assertThat(s.strict().keySet()).as(where).isEqualTo(prebuilt.closure(List.of(id)));
          for (String c : s.strict().keySet()) {
            assertThat(s.strict().get(c)).as(where + ": " + c + " STRICT").isEqualTo(expected.get(c).status());
            assertThat(s.lenient().get(c)).as(where + ": " + c + " LENIENT").isEqualTo(expected.get(c).lenientStatus());
          }
          assertThat(s.warnings().stream().filter(w -> w.startsWith("INCOHERENT")).toList()).as(where)
              .isEqualTo(incoherent);
          assertThat(s.warnings()).as(where).noneMatch(w -> w.startsWith("RULE_"));
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(scenarios().size() * Mode.values().length * ids.size());
  }

  @Test
  void theClosureFollowsPartsTriggersAndTheVerdictsARuleReads() {
    RuleSet rules = TestRules.prebuilt();
    assertThat(rules.closure(List.of("RU-2024-06-14/negotiations-without-delay"))).containsExactlyInAnyOrder(
        "RU-2024-06-14/negotiations-without-delay", "RU-2024-06-14/ceasefire-trigger",
        "RU-2024-06-14/declare-readiness", "RU-2024-06-14/begin-real-withdrawal",
        "RU-2024-06-14/officially-renounce-nato");
    // end-not-freeze's rules read the verdicts of these two (rules/ru-2024-06-14.drl), which the catalogue
    // does not say: only the rules' text does
    assertThat(rules.closure(List.of("RU-2024-06-14/end-not-freeze"))).containsExactlyInAnyOrder(
        "RU-2024-06-14/end-not-freeze", "RU-2024-06-14/withdraw-four-regions",
        "RU-2024-06-14/recognise-territorial-realities");
    assertThat(rules.closure(List.of("UA-2022-03-29/referendum"))).containsExactly("UA-2022-03-29/referendum");
  }

  @Test
  void aConditionsRuleBaseHoldsItsRulesTheLiveGuardAndTheSharedRulesOnly() {
    RuleSet rules = TestRules.prebuilt();
    String id = "UA-2022-03-29/ru-withdrawal-to-23-feb-line";
    KieSession session = rules.newSession(Set.of("UA-2022-03-29"), Set.of(id));
    try {
      Set<String> names = new LinkedHashSet<>();
      int shared = 0;
      for (var pkg : session.getKieBase().getKiePackages()) {
        for (Rule r : pkg.getRules()) {
          if (pkg.getName().equals("ceasefire.shared")) {
            shared++;
          } else {
            names.add(r.getName());
          }
        }
      }
      assertThat(names).contains("UA-2022-03-29: live").hasSizeGreaterThan(2)
          .allMatch(n -> n.equals("UA-2022-03-29: live") || n.startsWith(id + ":"));
      int whole = rules.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
      assertThat(names.size() + shared).isLessThan(whole / 10);
    } finally {
      session.dispose();
    }
  }

  private static List<Scenario> scenarios() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> TestRules.scenario(p.toString()))
          .toList();
    }
  }
}
