package dev.ceasefire.model;

/** A meeting of the two presidents. */
public enum LeadersMeeting {
  NONE,
  PLANNED,
  HELD
}
