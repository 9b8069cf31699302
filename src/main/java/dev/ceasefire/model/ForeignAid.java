package dev.ceasefire.model;

/** Foreign aid to Ukraine. */
public record ForeignAid(
    AidStatus military,
    AidStatus intelligence,
    AidStatus satelliteServices) {

  /** The group with every fact unknown. */
  public static ForeignAid unknown() {
    return new ForeignAid(null, null, null);
  }
}
