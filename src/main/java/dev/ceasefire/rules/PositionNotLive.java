package dev.ceasefire.rules;

/** Inserted by the shared rules for each position that is not judged in this run, and why. */
public record PositionNotLive(String positionId, String reason) {}
