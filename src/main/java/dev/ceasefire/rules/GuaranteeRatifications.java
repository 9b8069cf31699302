package dev.ceasefire.rules;

import java.util.Set;

/**
 * Derived fact: who has ratified a guarantee treaty ({@code guarantees.ratifiedBy}) of those who must: Ukraine
 * (its Verkhovna Rada, {@code UKR}) and the guarantor states ({@code guarantees.guarantors}). Derived only when
 * the scenario states both lists and names at least one guarantor. {@code guarantorsDone} of {@code guarantors}
 * guarantor states have ratified; {@code notYet} names those that have not. The names are for reasons.
 */
public record GuaranteeRatifications(boolean ukraine, int guarantors, int guarantorsDone, String ratifiedBy,
    String notYet) {

  public static GuaranteeRatifications of(Set<String> guarantors, Set<String> ratifiedBy) {
    return new GuaranteeRatifications(ratifiedBy.contains("UKR"), guarantors.size(),
        Fn.overlap(guarantors, ratifiedBy), Fn.names(ratifiedBy), Fn.missing(guarantors, ratifiedBy));
  }
}
