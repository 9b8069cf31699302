package dev.ceasefire.model;

/** Exchange of prisoners of war. */
public enum PowExchange {
  NONE,
  PARTIAL,
  ALL_FOR_ALL
}
