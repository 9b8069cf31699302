package dev.ceasefire.model;

/** A NATO invitation to Ukraine. */
public enum NatoInvitation {
  NONE,
  WHOLE_UA,
  CONTROLLED_PART
}
