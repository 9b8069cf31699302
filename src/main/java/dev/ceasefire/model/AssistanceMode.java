package dev.ceasefire.model;

/** A form of assistance. */
public enum AssistanceMode {
  WEAPONS,
  AIRSPACE_CLOSURE,
  ARMED_FORCE,
  INTELLIGENCE,
  ECONOMIC
}
