package dev.ceasefire.model;

import java.util.Map;

/** Sanctions on Russia, by the actor that imposes them. */
public record Sanctions(
    Map<SanctionsActor, SanctionsState> byActor,
    Boolean snapbackMechanism,
    Boolean newSanctionsBanned) {

  /** The group with every fact unknown. */
  public static Sanctions unknown() {
    return new Sanctions(null, null, null);
  }
}
