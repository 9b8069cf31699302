package dev.ceasefire.model;

/** How the Donbas question is handled. */
public enum DonbasMode {
  NONE,
  LEADERS_AGENDA,
  SETTLED
}
