package dev.ceasefire.model;

/** The party whose statement a position is; US for texts drafted by the US as mediator. */
public enum Party {
  RU,
  UA,
  US
}
