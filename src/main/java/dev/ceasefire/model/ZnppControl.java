package dev.ceasefire.model;

/** Who controls the Zaporizhzhia nuclear power plant. */
public enum ZnppControl {
  RU,
  UA,
  JOINT,
  IAEA_ADMINISTERED
}
