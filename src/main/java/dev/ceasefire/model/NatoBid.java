package dev.ceasefire.model;

/** Ukraine's NATO bid. */
public enum NatoBid {
  ACTIVE,
  FROZEN,
  FORMALLY_ABANDONED,
  CONSTITUTIONALLY_BARRED
}
