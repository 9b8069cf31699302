package dev.ceasefire.model;

/** Ukraine's martial law. */
public enum MartialLaw {
  ACTIVE,
  LIFTED
}
