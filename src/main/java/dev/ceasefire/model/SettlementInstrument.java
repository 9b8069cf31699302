package dev.ceasefire.model;

/** The instrument of a settlement. */
public enum SettlementInstrument {
  NONE,
  CEASEFIRE_AGREEMENT,
  FRAMEWORK,
  PEACE_TREATY,
  MULTILATERAL_TREATY
}
