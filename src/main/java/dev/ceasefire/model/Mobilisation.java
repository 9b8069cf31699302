package dev.ceasefire.model;

/** Ukraine's mobilisation. */
public record Mobilisation(
    MobilisationStatus status) {

  /** The group with every fact unknown. */
  public static Mobilisation unknown() {
    return new Mobilisation(null);
  }
}
