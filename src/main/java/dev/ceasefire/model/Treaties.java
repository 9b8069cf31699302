package dev.ceasefire.model;

/**
 * Ukraine's treaties (added for the Russian memorandum of 2 June 2025): {@code incompatibleTerminated} is the
 * ending of the international treaties Russia calls incompatible with Ukraine's neutrality.
 */
public record Treaties(
    Boolean incompatibleTerminated) {

  /** The group with every fact unknown. */
  public static Treaties unknown() {
    return new Treaties(null);
  }
}
