package dev.ceasefire.rules;

import java.util.List;

/**
 * A catalogue entry as the rules see it: which position it belongs to, and for composites their parts, for
 * promises the trigger that sets them off.
 */
public record ConditionDef(String id, String positionId, List<String> parts, String trigger) {

  public boolean composite() {
    return !parts.isEmpty();
  }
}
