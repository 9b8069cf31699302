package dev.ceasefire.model;

/** Who monitors a ceasefire. */
public enum Monitoring {
  NONE,
  BILATERAL_CENTRE,
  US_LED_WITH_THIRD_STATES,
  UN,
  OTHER
}
