package dev.ceasefire.model;

/**
 * Russian long-range strikes by target (added for the Peace Formula's energy point and the March 2025
 * energy-strike halt): {@code energy} is the level of strikes on Ukraine's energy infrastructure.
 */
public record Strikes(
    StrikeActivity energy) {

  /** The group with every fact unknown. */
  public static Strikes unknown() {
    return new Strikes(null);
  }
}
