package dev.ceasefire.model;

/** Justice and reparations. */
public record Justice(
    Boolean tribunal,
    Boolean compensationMechanism,
    Boolean amnesty,
    Boolean reparationsWaiver) {

  /** The group with every fact unknown. */
  public static Justice unknown() {
    return new Justice(null, null, null, null);
  }
}
