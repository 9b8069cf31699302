package dev.ceasefire.model;

import java.time.LocalDate;

/**
 * Ukraine's domestic situation. {@code martialLawLiftedDate} (added for RU-2025-06-02): the day martial law
 * ended, from which the memorandum counts its 100 days to elections.
 */
public record Domestic(
    MartialLaw martialLaw,
    Referendum referendum,
    Boolean constitutionAmendedForNeutrality,
    Boolean electionsHeldAfterMartialLaw,
    LocalDate electionsDate,
    UaSignatory uaSignatory,
    LocalDate martialLawLiftedDate) {

  /** The group with every fact unknown. */
  public static Domestic unknown() {
    return new Domestic(null, null, null, null, null, null, null);
  }
}
