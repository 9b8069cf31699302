package dev.ceasefire.model;

import java.time.LocalDate;

/** Ukraine's domestic situation. */
public record Domestic(
    MartialLaw martialLaw,
    Referendum referendum,
    Boolean constitutionAmendedForNeutrality,
    Boolean electionsHeldAfterMartialLaw,
    LocalDate electionsDate,
    UaSignatory uaSignatory) {

  /** The group with every fact unknown. */
  public static Domestic unknown() {
    return new Domestic(null, null, null, null, null, null);
  }
}
