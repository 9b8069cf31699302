package dev.ceasefire.model;

/** Legal form of a guarantee arrangement. */
public enum LegalForm {
  NONE,
  POLITICAL_DECLARATION,
  BILATERAL_AGREEMENTS,
  MULTILATERAL_TREATY
}
