package dev.ceasefire.model;

/** Commercial shipping in the Black Sea. */
public enum ShippingState {
  BLOCKED,
  UNDER_ATTACK,
  SAFE
}
