package dev.ceasefire.model;

/**
 * Limits on Ukraine's armed forces. {@code redeploymentHalted} (added for RU-2025-06-02 option 2): Ukrainian
 * forces make no movements during a ceasefire other than withdrawal.
 */
public record ArmedForces(
    Boolean personnelCapAgreed,
    Integer personnelCap,
    Boolean weaponsCaps,
    Boolean nationalistFormationsDisbanded,
    Boolean redeploymentHalted) {

  /** The group with every fact unknown. */
  public static ArmedForces unknown() {
    return new ArmedForces(null, null, null, null, null);
  }
}
