package dev.ceasefire.rules;

/** The two armies the conditions speak of, as the derived facts name them. */
public enum Side {
  UKRAINE,
  RUSSIA
}
