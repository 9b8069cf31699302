package dev.ceasefire.model;

/** Foreign military presence in Ukraine. */
public record ForeignMilitary(
    Integer bases,
    Contingents contingents,
    ExercisesRule exercisesRule,
    Boolean thirdStateMilitaryActivity,
    Boolean foreignSpecialists) {

  /** The group with every fact unknown. */
  public static ForeignMilitary unknown() {
    return new ForeignMilitary(null, null, null, null, null);
  }
}
