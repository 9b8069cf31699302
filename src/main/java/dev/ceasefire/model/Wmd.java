package dev.ceasefire.model;

/** Weapons of mass destruction in Ukraine. */
public record Wmd(
    Boolean uaPossesses,
    Boolean foreignDeployed,
    Boolean transitBan,
    Boolean legalCommitment) {

  /** The group with every fact unknown. */
  public static Wmd unknown() {
    return new Wmd(null, null, null, null);
  }
}
