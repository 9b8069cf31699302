package dev.ceasefire.rules;

import dev.ceasefire.model.Presence;

/**
 * Where one side's forces stand in one region, as the derived facts say it: still there, leaving (a withdrawal
 * under way), gone, or not stated by the scenario (never read as gone).
 */
public enum TroopState {
  PRESENT,
  LEAVING,
  GONE,
  UNKNOWN;

  /** The scenario's {@code Presence} in these words; an absent value is UNKNOWN. */
  public static TroopState of(Presence presence) {
    if (presence == null) {
      return UNKNOWN;
    }
    return switch (presence) {
      case PRESENT -> PRESENT;
      case WITHDRAWING -> LEAVING;
      case NONE -> GONE;
    };
  }
}
