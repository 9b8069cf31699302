package dev.ceasefire.model;

/** Status of the Russian language in Ukraine. */
public enum LanguageStatus {
  NONE,
  MINORITY_PROTECTED,
  REGIONAL_OFFICIAL,
  STATE_OFFICIAL
}
