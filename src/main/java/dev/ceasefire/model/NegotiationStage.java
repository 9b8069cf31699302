package dev.ceasefire.model;

/** Stage of negotiations. */
public enum NegotiationStage {
  NONE,
  EXPLORATORY,
  PRACTICAL,
  INITIALLED,
  SIGNED
}
