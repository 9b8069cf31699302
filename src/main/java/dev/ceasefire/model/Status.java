package dev.ceasefire.model;

/**
 * The five verdicts (output.md). {@link #strength} orders them for composites, weakest first:
 * NOT_MET &lt; UNKNOWN &lt; PARTIAL &lt; MET; NOT_APPLICABLE parts are left out of a composite.
 */
public enum Status {
  MET(3),
  PARTIAL(2),
  NOT_MET(0),
  UNKNOWN(1),
  NOT_APPLICABLE(-1);

  private final int strength;

  Status(int strength) {
    this.strength = strength;
  }

  public int strength() {
    return strength;
  }
}
