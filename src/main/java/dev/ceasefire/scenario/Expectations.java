package dev.ceasefire.scenario;

import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Expectation;
import dev.ceasefire.model.Party;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares an evaluation with the {@code expect:} block of its scenario file (output.md, "Expectations"). */
public final class Expectations {

  /** One expectation that the evaluation does not meet. */
  public record Mismatch(String conditionId, String field, String expected, String got, List<String> reasons) {

    public String describe() {
      return "%s: %s expected %s, got %s".formatted(conditionId, field, expected, got);
    }
  }

  /** The outcome of checking one scenario file. */
  public record Outcome(String file, String title, int checked, List<Mismatch> mismatches, List<String> warnings) {

    public boolean passed() {
      return mismatches.isEmpty() && warnings.stream().noneMatch(w -> w.startsWith("RULE_"));
    }
  }

  private Expectations() {}

  /** Condition ids the scenario expects but the catalogue does not know: an error in the scenario file. */
  public static List<String> unknownIds(Scenario scenario, Set<String> known) {
    List<String> unknown = new ArrayList<>();
    if (scenario.expect() != null) {
      scenario.expect().keySet().stream().filter(id -> !known.contains(id)).forEach(unknown::add);
    }
    return unknown;
  }

  public static Outcome check(Scenario scenario, Evaluation evaluation) {
    Map<String, ConditionResult> results = new LinkedHashMap<>();
    evaluation.positions().forEach(p -> p.conditions().forEach(c -> results.put(c.id(), c)));
    List<Mismatch> mismatches = new ArrayList<>();
    Map<String, Expectation> expect = scenario.expect() == null ? Map.of() : scenario.expect();
    for (Map.Entry<String, Expectation> e : expect.entrySet()) {
      ConditionResult c = results.get(e.getKey());
      Expectation x = e.getValue();
      if (c == null) {
        mismatches.add(new Mismatch(e.getKey(), "status", String.valueOf(x.status()), "not evaluated (position not selected)", List.of()));
        continue;
      }
      compare(mismatches, c, "status", x.status(), c.status(), c.reasons());
      compare(mismatches, c, "lenientStatus", x.lenientStatus(), c.lenientStatus(), c.lenientReasons());
      if (x.flags() != null && !new HashSet<>(x.flags()).equals(new HashSet<>(c.flags()))) {
        mismatches.add(new Mismatch(c.id(), "flags", x.flags().toString(), c.flags().toString(), c.reasons()));
      }
      if (x.partyStatus() != null) {
        for (Map.Entry<Party, Status> ps : x.partyStatus().entrySet()) {
          Status got = c.partyStatus() == null ? null : c.partyStatus().get(ps.getKey());
          if (got != ps.getValue()) {
            mismatches.add(new Mismatch(c.id(), "partyStatus." + ps.getKey(), String.valueOf(ps.getValue()),
                String.valueOf(got), c.reasons()));
          }
        }
      }
    }
    return new Outcome(scenario.source(), scenario.title(), expect.size(), mismatches, evaluation.warnings());
  }

  private static void compare(List<Mismatch> out, ConditionResult c, String field, Status expected, Status got,
      List<String> reasons) {
    if (expected != null && expected != got) {
      out.add(new Mismatch(c.id(), field, expected.name(), got.name(), reasons));
    }
  }
}
