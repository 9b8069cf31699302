package dev.ceasefire.model;

/** Kinds of condition (positions.md §0.2). */
public enum Kind {
  PRECONDITION_CEASEFIRE,
  SETTLEMENT_TERM,
  COMMITMENT_OFFERED,
  PROCEDURAL
}
