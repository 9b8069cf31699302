package dev.ceasefire.model;

/** The two readings every condition is judged under (positions.md §0.3). */
public enum Reading {
  STRICT,
  LENIENT
}
