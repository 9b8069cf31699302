package dev.ceasefire.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import dev.ceasefire.scenario.ScenarioWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A what-if (output.md): a base scenario plus {@code changes}, a JSON Merge Patch on its facts; both are
 * evaluated by the same rules and the conditions whose status changed under either reading are listed.
 */
public final class WhatIf {

  /** One condition whose status changed. */
  public record Flip(String conditionId, Status from, Status to, Status lenientFrom, Status lenientTo) {}

  /** Both evaluations and what flipped between them, in catalogue order. */
  public record Result(Evaluation base, Evaluation variant, List<Flip> flips) {}

  private final Evaluator evaluator;
  private final ScenarioReader reader = new ScenarioReader();
  private final ScenarioWriter writer = new ScenarioWriter();

  public WhatIf(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * The base with {@code changes} merged into its facts, re-read through the strict reader, so a bad change is
   * reported like a bad file: with the key path (as a JSON pointer) and what was expected.
   */
  public Scenario variant(Scenario base, JsonNode changes, String sourceName) throws ScenarioException {
    ObjectNode document = (ObjectNode) writer.toTree(base);
    document.set("facts", MergePatch.apply(document.get("facts"), changes));
    document.remove("expect");
    return reader.readTree(document, sourceName);
  }

  public Result run(Scenario base, JsonNode changes, Mode mode, Set<String> positions) throws ScenarioException {
    Scenario variant = variant(base, changes, "changes");
    Evaluation before = evaluator.evaluate(base, mode, positions);
    Evaluation after = evaluator.evaluate(variant, mode, positions);
    return new Result(before, after, flips(before, after));
  }

  /** The conditions whose STRICT or LENIENT status differs between two evaluations. */
  public static List<Flip> flips(Evaluation before, Evaluation after) {
    Map<String, ConditionResult> was = new LinkedHashMap<>();
    before.positions().forEach(p -> p.conditions().forEach(c -> was.put(c.id(), c)));
    List<Flip> flips = new ArrayList<>();
    after.positions().forEach(p -> p.conditions().forEach(c -> {
      ConditionResult b = was.get(c.id());
      if (b != null && (b.status() != c.status() || b.lenientStatus() != c.lenientStatus())) {
        flips.add(new Flip(c.id(), b.status(), c.status(), b.lenientStatus(), c.lenientStatus()));
      }
    }));
    return flips;
  }
}
