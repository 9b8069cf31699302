package dev.ceasefire.rules;

import dev.ceasefire.model.RegionCode;

/**
 * Derived fact: whether a region holds a special zone, demilitarised ({@code dmz}) or "free economic"
 * ({@code freeEconomicZone}): {@code inPlace} is true when either is, false when the scenario says neither is,
 * and null when it leaves one open and states neither true. {@code kinds} names the zones for reasons.
 */
public record SpecialZone(RegionCode region, Boolean inPlace, String kinds) {

  public static SpecialZone of(RegionCode region, Boolean dmz, Boolean freeEconomicZone) {
    boolean demilitarised = Boolean.TRUE.equals(dmz);
    boolean economic = Boolean.TRUE.equals(freeEconomicZone);
    Boolean inPlace;
    if (demilitarised || economic) {
      inPlace = true;
    } else if (Boolean.FALSE.equals(dmz) && Boolean.FALSE.equals(freeEconomicZone)) {
      inPlace = false;
    } else {
      inPlace = null;
    }
    String kinds = demilitarised && economic ? "a demilitarised zone and a free economic zone"
        : demilitarised ? "a demilitarised zone" : economic ? "a free economic zone" : "no zone";
    return new SpecialZone(region, inPlace, kinds);
  }
}
