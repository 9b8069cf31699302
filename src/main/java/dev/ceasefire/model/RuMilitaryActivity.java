package dev.ceasefire.model;

/** Russian military activity on one 2022 axis. */
public record RuMilitaryActivity(
    Axis axis,
    GroundActivity ground,
    StrikeActivity strikes) {

  /** The axis with every fact unknown. */
  public static RuMilitaryActivity unknown(Axis axis) {
    return new RuMilitaryActivity(axis, null, null);
  }

  /** The same facts, for the given axis (the key of the map it stands under). */
  public RuMilitaryActivity withAxis(Axis axis) {
    return new RuMilitaryActivity(axis, ground, strikes);
  }
}
