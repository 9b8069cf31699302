package dev.ceasefire.model;

/** Ukraine's neutrality. */
public enum NeutralityStatus {
  NONE,
  DECLARED_POLITICAL,
  CONSTITUTIONAL_PERMANENT
}
