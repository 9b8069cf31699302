package dev.ceasefire.model;

/** How the Donbas question is handled. */
public record DonbasTrack(
    DonbasMode mode) {

  /** The group with every fact unknown. */
  public static DonbasTrack unknown() {
    return new DonbasTrack(null);
  }
}
