package dev.ceasefire.model;

/** A topic on the negotiating table (values added by this project: schema.md names the type only). */
public enum Topic {
  NEUTRALITY,
  NON_NUCLEAR,
  SECURITY_GUARANTEES,
  TERRITORY,
  CRIMEA,
  DONBAS,
  CEASEFIRE,
  HUMANITARIAN,
  SANCTIONS,
  DEMILITARISATION,
  RIGHTS,
  ENERGY,
  BLACK_SEA
}
