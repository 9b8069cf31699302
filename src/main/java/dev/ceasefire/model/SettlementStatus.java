package dev.ceasefire.model;

/** Stage of a settlement instrument. */
public enum SettlementStatus {
  NONE,
  DRAFT,
  INITIALLED,
  SIGNED,
  IN_FORCE
}
