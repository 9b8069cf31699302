package dev.ceasefire.model;

import java.time.LocalDate;

/** The state of one region (schema.md §1). Every field may be null: unknown. */
public record RegionState(
    RegionCode region,
    Presence uaTroopPresence,
    Presence ruTroopPresence,
    Integer uaControlSharePct,
    Boolean ruBeyondFeb23Line,
    LocalDate withdrawalStartDate,
    LocalDate withdrawalCompleteDate,
    Recognition recognitionAsRu,
    Boolean dmz,
    Boolean freeEconomicZone,
    Boolean frontFrozen,
    Boolean hostilities) {

  /** The region with every fact unknown. */
  public static RegionState unknown(RegionCode region) {
    return new RegionState(region, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The same facts, for the given region (the key of the map it stands under). */
  public RegionState withRegion(RegionCode region) {
    return new RegionState(region, uaTroopPresence, ruTroopPresence, uaControlSharePct, ruBeyondFeb23Line, withdrawalStartDate, withdrawalCompleteDate, recognitionAsRu, dmz, freeEconomicZone, frontFrozen, hostilities);
  }
}
