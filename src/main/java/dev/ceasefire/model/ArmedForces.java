package dev.ceasefire.model;

/** Limits on Ukraine's armed forces. */
public record ArmedForces(
    Boolean personnelCapAgreed,
    Integer personnelCap,
    Boolean weaponsCaps,
    Boolean nationalistFormationsDisbanded) {

  /** The group with every fact unknown. */
  public static ArmedForces unknown() {
    return new ArmedForces(null, null, null, null);
  }
}
