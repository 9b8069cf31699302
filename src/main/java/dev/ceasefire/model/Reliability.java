package dev.ceasefire.model;

/** How reliable the text of a position is. */
public enum Reliability {
  ON_RECORD,
  REPORTED,
  LEAKED
}
