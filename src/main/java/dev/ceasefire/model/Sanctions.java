package dev.ceasefire.model;

import java.util.Map;

/**
 * Sanctions on Russia, by the actor that imposes them. {@code swiftRuAgriBank} (added for RU-2025-03-25): the
 * Russian banks named for the Black Sea arrangement (Rosselkhozbank and others) are reconnected to SWIFT and
 * international finance.
 */
public record Sanctions(
    Map<SanctionsActor, SanctionsState> byActor,
    Boolean snapbackMechanism,
    Boolean newSanctionsBanned,
    Boolean swiftRuAgriBank) {

  /** The group with every fact unknown. */
  public static Sanctions unknown() {
    return new Sanctions(null, null, null, null);
  }
}
