package dev.ceasefire.rules;

import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Status;
import java.util.List;

/**
 * A rule's verdict on one condition under one reading. Rules insert these (directly, or through a
 * {@link Decision} that the shared rules split into both readings); composites and consequences read them.
 */
public record Verdict(String conditionId, Reading reading, Status status, List<String> reasons) {

  public Verdict {
    reasons = List.copyOf(reasons);
  }

  public static Verdict of(String conditionId, Reading reading, Status status, String... reasons) {
    return new Verdict(conditionId, reading, status, List.of(reasons));
  }
}
