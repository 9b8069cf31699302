package dev.ceasefire.rules;

import dev.ceasefire.model.CeasefireDomain;
import java.util.EnumSet;
import java.util.Set;

/**
 * Derived fact: whether the ceasefire's stated domains ({@code ceasefire.domains}) cover land, air and sea, the
 * three a complete ceasefire covers (positions.md §3 item 18). {@code landAirSea} is null when the domains are not
 * stated; {@code notCovered} names the missing ones (for reasons).
 */
public record CeasefireCoverage(Boolean landAirSea, String notCovered) {

  static final Set<CeasefireDomain> LAND_AIR_SEA = EnumSet.of(CeasefireDomain.LAND, CeasefireDomain.AIR,
      CeasefireDomain.SEA);

  /** Reads the scenario's {@code ceasefire.domains} (maybe null). */
  public static CeasefireCoverage of(Set<CeasefireDomain> domains) {
    if (domains == null) {
      return new CeasefireCoverage(null, "not stated");
    }
    return new CeasefireCoverage(domains.containsAll(LAND_AIR_SEA), Fn.missing(LAND_AIR_SEA, domains));
  }
}
