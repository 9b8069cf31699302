package dev.ceasefire.model;

/** Which positions are judged (output.md, "Evaluation modes"). */
public enum Mode {
  ALL_POSITIONS,
  AS_OF
}
