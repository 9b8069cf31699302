package dev.ceasefire.rules;

import dev.ceasefire.model.CeasefireStatus;

/**
 * Derived fact: the ceasefire's status and how long it lasts as of the scenario's {@code asOfDate}.
 * {@code daysRun} counts the days from its start to {@code asOfDate} while it is in force (null when either date
 * is unknown or no ceasefire holds); {@code agreedDays} is the agreed duration ({@code ceasefire.durationDays});
 * {@code days} is the longer of the two that are known (null when neither is): an open-ended ceasefire counts the
 * days it has run, an agreed duration counts as agreed.
 */
public record CeasefireDays(CeasefireStatus status, Integer daysRun, Integer agreedDays, Integer days) {

  public static CeasefireDays of(CeasefireStatus status, Integer daysRun, Integer agreedDays) {
    Integer days = agreedDays;
    if (daysRun != null && (agreedDays == null || daysRun > agreedDays)) {
      days = daysRun;
    }
    return new CeasefireDays(status, daysRun, agreedDays, days);
  }

  /** A ceasefire of some kind (partial or complete) holds. */
  public boolean inForce() {
    return status == CeasefireStatus.PARTIAL || status == CeasefireStatus.COMPLETE;
  }
}
