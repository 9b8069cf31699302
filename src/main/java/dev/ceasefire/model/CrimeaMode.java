package dev.ceasefire.model;

/** How the Crimea question is handled. */
public enum CrimeaMode {
  NONE,
  BILATERAL_TALKS,
  RECOGNISED_RU,
  RETURNED_UA
}
