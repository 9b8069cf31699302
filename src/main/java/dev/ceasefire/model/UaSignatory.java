package dev.ceasefire.model;

/** Who signs for Ukraine. */
public enum UaSignatory {
  PRESIDENT,
  RADA_SPEAKER,
  NEWLY_ELECTED_PRESIDENT
}
