package dev.ceasefire.model;

/** Foreign military contingents in Ukraine. */
public enum Contingents {
  NONE,
  TRAINERS,
  PEACEKEEPERS,
  COMBAT
}
