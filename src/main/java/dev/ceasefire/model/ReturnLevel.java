package dev.ceasefire.model;

/** How many were returned or released. */
public enum ReturnLevel {
  NONE,
  PARTIAL,
  ALL
}
