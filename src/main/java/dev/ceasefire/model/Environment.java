package dev.ceasefire.model;

/**
 * Environmental damage of the war (added for Peace Formula point 8, "ecocide"): {@code remediationAgreed} is an
 * agreed mechanism for accountability and remediation of the damage.
 */
public record Environment(
    Boolean remediationAgreed) {

  /** The group with every fact unknown. */
  public static Environment unknown() {
    return new Environment(null);
  }
}
