package dev.ceasefire.model;

/** Stage of a guarantee arrangement. */
public enum GuaranteeStatus {
  NONE,
  DRAFT,
  SIGNED,
  RATIFIED_PARTIAL,
  IN_FORCE
}
