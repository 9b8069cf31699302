package dev.ceasefire.model;

/** Black Sea shipping. */
public record BlackSea(
    ShippingState commercialShipping) {

  /** The group with every fact unknown. */
  public static BlackSea unknown() {
    return new BlackSea(null);
  }
}
