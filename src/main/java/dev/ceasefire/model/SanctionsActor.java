package dev.ceasefire.model;

/** An actor that imposes sanctions on Russia. */
public enum SanctionsActor {
  USA,
  EU,
  GBR,
  CAN,
  JPN,
  CHE,
  AUS,
  OTHER
}
