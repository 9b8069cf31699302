package dev.ceasefire.model;

/** Humanitarian measures. */
public record Humanitarian(
    PowExchange powExchange,
    ReturnLevel childrenReturned,
    ReturnLevel civiliansReleased) {

  /** The group with every fact unknown. */
  public static Humanitarian unknown() {
    return new Humanitarian(null, null, null);
  }
}
