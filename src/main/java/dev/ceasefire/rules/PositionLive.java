package dev.ceasefire.rules;

/** Inserted by the shared rules for each position that is judged in this run. */
public record PositionLive(String positionId) {}
