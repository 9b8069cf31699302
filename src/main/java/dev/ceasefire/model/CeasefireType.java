package dev.ceasefire.model;

/** What kind of ceasefire. */
public enum CeasefireType {
  NONE,
  TRUCE_ALONG_LOC,
  CEASEFIRE_WITH_WITHDRAWAL,
  PART_OF_SETTLEMENT
}
