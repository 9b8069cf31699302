package dev.ceasefire.rules;

import dev.ceasefire.model.RegionCode;

/** Derived fact: where {@code side}'s forces stand in {@code region} (one per region and side). */
public record Troops(RegionCode region, Side side, TroopState state) {}
