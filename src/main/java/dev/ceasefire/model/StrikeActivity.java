package dev.ceasefire.model;

/** Level of Russian strikes on an axis. */
public enum StrikeActivity {
  ONGOING,
  REDUCED,
  NONE
}
