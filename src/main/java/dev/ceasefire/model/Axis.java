package dev.ceasefire.model;

/** The 2022 axes of Russian operations; axes, not oblasts. */
public enum Axis {
  KYIV_AXIS,
  CHERNIHIV_AXIS
}
