package dev.ceasefire.model;

/** Russia's stated stances. */
public record RussiaStance(
    Boolean objectsToUaEuAccession) {

  /** The group with every fact unknown. */
  public static RussiaStance unknown() {
    return new RussiaStance(null);
  }
}
