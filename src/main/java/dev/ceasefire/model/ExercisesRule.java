package dev.ceasefire.model;

/** Who must consent to foreign exercises in Ukraine. */
public enum ExercisesRule {
  NONE_ALLOWED,
  CONSENT_ALL_GUARANTORS,
  CONSENT_WESTERN_GUARANTORS,
  UNRESTRICTED
}
