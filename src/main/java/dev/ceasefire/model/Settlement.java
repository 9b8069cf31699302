package dev.ceasefire.model;

import java.util.Set;

/** The settlement instrument, if any. */
public record Settlement(
    SettlementInstrument instrument,
    SettlementStatus status,
    Set<String> parties,
    Set<String> contains,
    Boolean unscEndorsed,
    LeadersMeeting leadersMeeting) {

  /** The group with every fact unknown. */
  public static Settlement unknown() {
    return new Settlement(null, null, null, null, null, null);
  }
}
