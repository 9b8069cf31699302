package dev.ceasefire.model;

/** Ukraine's neutrality. */
public record Neutrality(
    NeutralityStatus status,
    AllianceCommitment allianceCommitment) {

  /** The group with every fact unknown. */
  public static Neutrality unknown() {
    return new Neutrality(null, null);
  }
}
