package dev.ceasefire.rules;

import dev.ceasefire.model.Status;
import java.util.List;

/**
 * A rule's verdict on one condition under both readings at once: {@code strict} and {@code lenient} are equal
 * where the sources leave no room. The shared rule "decision: both readings" splits it into two
 * {@link Verdict}s.
 */
public record Decision(String conditionId, Status strict, Status lenient, List<String> reasons) {

  public Decision {
    reasons = List.copyOf(reasons);
  }

  /** The same status under both readings. */
  public static Decision both(String conditionId, Status status, String... reasons) {
    return new Decision(conditionId, status, status, List.of(reasons));
  }

  /** Different statuses under the two readings. */
  public static Decision split(String conditionId, Status strict, Status lenient, String... reasons) {
    return new Decision(conditionId, strict, lenient, List.of(reasons));
  }
}
