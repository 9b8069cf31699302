package dev.ceasefire.model;

/** How complete a ceasefire is. */
public enum CeasefireStatus {
  NONE,
  PARTIAL,
  COMPLETE
}
