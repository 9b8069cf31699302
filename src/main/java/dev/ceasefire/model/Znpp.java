package dev.ceasefire.model;

/** The Zaporizhzhia nuclear power plant. */
public record Znpp(
    ZnppControl control,
    Boolean ruForcesPresent) {

  /** The group with every fact unknown. */
  public static Znpp unknown() {
    return new Znpp(null, null);
  }
}
