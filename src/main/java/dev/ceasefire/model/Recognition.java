package dev.ceasefire.model;

/** How far a region is recognised as Russian. */
public enum Recognition {
  NONE,
  DE_FACTO,
  DE_JURE_BY_UA,
  INTERNATIONAL_TREATY
}
