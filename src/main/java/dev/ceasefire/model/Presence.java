package dev.ceasefire.model;

/** Troop presence in a region. */
public enum Presence {
  NONE,
  WITHDRAWING,
  PRESENT
}
