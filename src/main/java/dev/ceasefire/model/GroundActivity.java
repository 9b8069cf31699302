package dev.ceasefire.model;

/** Level of Russian ground operations on an axis. */
public enum GroundActivity {
  BASELINE,
  REDUCED,
  CEASED
}
