package dev.ceasefire.rules;

import java.util.List;

/**
 * A catalogue entry as the rules see it: which position it belongs to, and for composites their parts, for
 * promises the trigger that sets them off.
 */
public record ConditionDef(String id, String positionId, List<String> parts, boolean bundle, String trigger) {

  /** A gate: a conjunction that takes its weakest part's status. */
  public boolean composite() {
    return !parts.isEmpty() && !bundle;
  }

  /** A bundle: a list of demands judged by output.md's bundle table from its points. */
  public boolean bundle() {
    return bundle;
  }
}
