package dev.ceasefire.rules;

import dev.ceasefire.model.Referendum;

/**
 * Derived fact: whether Ukraine's referendum on the settlement has been held ({@code domestic.referendum}):
 * {@code held} is true when it was APPROVED or REJECTED, false when there is NONE or it is only SCHEDULED, and
 * null when the scenario does not say.
 */
public record ReferendumHeld(Boolean held, Referendum referendum) {

  public static ReferendumHeld of(Referendum referendum) {
    Boolean held = referendum == null ? null
        : referendum == Referendum.APPROVED || referendum == Referendum.REJECTED;
    return new ReferendumHeld(held, referendum);
  }
}
