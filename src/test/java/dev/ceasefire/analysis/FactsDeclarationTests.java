package dev.ceasefire.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.analysis.FactSpace.Leaf;
import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Facts;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.rules.Catalogue;
import dev.ceasefire.rules.ConditionInfo;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.TestRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A metamorphic test of the catalogue's {@code facts} lists, which the analyses trust to know what can move a
 * condition: over a sample of scenarios, changing a fact a condition does not declare (itself, or through its
 * parts or trigger) never changes its status under either reading.
 */
class FactsDeclarationTests {

  static final List<String> SAMPLES = List.of("scenarios/status-quo-2024-06-14.yaml",
      "scenarios/ru-2024-06-14/trigger-met-ceasefire-ordered.yaml",
      "scenarios/ua-2022-03-29/istanbul-treaty-in-force.yaml",
      "scenarios/ru-2024-06-14/settlement-on-russian-terms.yaml");

  @Test
  void aFactAConditionDoesNotDeclareNeverChangesItsStatus() {
    Evaluator evaluator = new Evaluator(TestRules.rules());
    Catalogue catalogue = evaluator.rules().catalogue();
    List<String> gaps = new ArrayList<>();
    int sampleIndex = 0;
    for (String file : SAMPLES) {
      Scenario base = TestRules.scenario(file);
      FactSpace space = new FactSpace(evaluator.rules().parameters(), base.asOfDate());
      Map<String, Set<Leaf>> declared = new HashMap<>();
      for (ConditionInfo c : catalogue.allConditions()) {
        declared.put(c.id(), declared(space, catalogue, c.id()));
      }
      Evaluation before = evaluator.evaluate(base, Mode.ALL_POSITIONS, Set.of());
      Facts facts = base.facts() == null ? Facts.none() : base.facts();
      int leafIndex = 0;
      for (Leaf leaf : space.leaves()) {
        Object current = space.get(facts, leaf);
        List<Object> others = leaf.domain().stream().filter(v -> !Objects.equals(v, current)).toList();
        if (others.isEmpty()) {
          continue;
        }
        Object value = others.get((sampleIndex + leafIndex++) % others.size());
        Scenario changed = new Scenario(base.id(), base.title(), null, base.asOfDate(), space.with(facts, leaf, value),
            Map.of(), base.source());
        Evaluation after = evaluator.evaluate(changed, Mode.ALL_POSITIONS, Set.of());
        for (ConditionResult c : WhatIfPairs.conditions(after)) {
          ConditionResult b = WhatIfPairs.find(before, c.id());
          boolean moved = b.status() != c.status() || b.lenientStatus() != c.lenientStatus();
          if (moved && !declared.get(c.id()).contains(leaf)) {
            gaps.add(c.id() + " moves with the undeclared " + leaf.path() + " = " + value + " in " + file);
          }
        }
      }
      sampleIndex++;
    }
    assertThat(gaps).as("catalogue facts lists miss facts the rules read").isEmpty();
  }

  static Set<Leaf> declared(FactSpace space, Catalogue catalogue, String id) {
    ConditionInfo c = catalogue.condition(id).orElseThrow();
    Set<Leaf> out = new LinkedHashSet<>();
    c.facts().forEach(p -> out.addAll(space.matching(p)));
    c.parts().forEach(p -> out.addAll(declared(space, catalogue, p)));
    if (c.trigger() != null) {
      out.addAll(declared(space, catalogue, c.trigger()));
    }
    return out;
  }

  /** Small lookups over an evaluation. */
  static final class WhatIfPairs {
    static List<ConditionResult> conditions(Evaluation e) {
      return e.positions().stream().flatMap(p -> p.conditions().stream()).toList();
    }

    static ConditionResult find(Evaluation e, String id) {
      return conditions(e).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
  }
}
