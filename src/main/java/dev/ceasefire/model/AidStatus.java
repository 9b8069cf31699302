package dev.ceasefire.model;

/** A stream of foreign aid to Ukraine. */
public enum AidStatus {
  CONTINUING,
  SUSPENDED
}
