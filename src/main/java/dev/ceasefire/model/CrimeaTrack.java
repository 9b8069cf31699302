package dev.ceasefire.model;

import java.util.Set;

/** How the Crimea question is handled. */
public record CrimeaTrack(
    CrimeaMode mode,
    Integer years,
    Set<RegionCode> covers,
    Boolean nonUseOfForceCommitment) {

  /** The group with every fact unknown. */
  public static CrimeaTrack unknown() {
    return new CrimeaTrack(null, null, null, null);
  }
}
