package dev.ceasefire.model;

/** State of one actor's sanctions. */
public enum SanctionsState {
  IN_FORCE,
  EASING,
  LIFTED
}
