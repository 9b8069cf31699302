package dev.ceasefire.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** The ceasefire, if any. */
public record Ceasefire(
    CeasefireStatus status,
    Set<CeasefireDomain> domains,
    CeasefireType type,
    LocalDate startDate,
    Integer durationDays,
    Boolean unconditional,
    Monitoring monitoring,
    Instant orderedByRuAt,
    Boolean ruAccepted,
    Boolean uaAccepted) {

  /** The group with every fact unknown. */
  public static Ceasefire unknown() {
    return new Ceasefire(null, null, null, null, null, null, null, null, null, null);
  }
}
