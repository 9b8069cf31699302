package dev.ceasefire.model;

/** Ukraine's commitment not to join alliances. */
public enum AllianceCommitment {
  NONE,
  POLITICAL,
  LEGAL_PERMANENT
}
