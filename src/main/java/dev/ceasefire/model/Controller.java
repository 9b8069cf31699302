package dev.ceasefire.model;

/** Who controls a city. */
public enum Controller {
  UA,
  RU,
  CONTESTED
}
