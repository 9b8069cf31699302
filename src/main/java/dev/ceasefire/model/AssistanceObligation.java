package dev.ceasefire.model;

/** What guarantors must do after an attack. */
public enum AssistanceObligation {
  NONE,
  CONSULT_ONLY,
  ASSIST_DISCRETIONARY,
  ASSIST_MANDATORY
}
