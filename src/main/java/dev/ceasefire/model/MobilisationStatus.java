package dev.ceasefire.model;

/** Ukraine's mobilisation. */
public enum MobilisationStatus {
  ONGOING,
  HALTED,
  DEMOBILISING
}
