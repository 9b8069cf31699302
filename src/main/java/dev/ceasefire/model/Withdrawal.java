package dev.ceasefire.model;

import java.time.LocalDate;

/** Ukraine's withdrawal from the regions Russia names, as a whole. */
public record Withdrawal(
    LocalDate startDate,
    LocalDate completeDate,
    Boolean ruInterference) {

  /** The group with every fact unknown. */
  public static Withdrawal unknown() {
    return new Withdrawal(null, null, null);
  }
}
