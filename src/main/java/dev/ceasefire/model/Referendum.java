package dev.ceasefire.model;

/** A Ukrainian referendum on the settlement. */
public enum Referendum {
  NONE,
  SCHEDULED,
  APPROVED,
  REJECTED
}
