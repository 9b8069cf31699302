package dev.ceasefire.model;

import java.util.Set;

/** The state of negotiations. */
public record Negotiation(
    NegotiationStage stage,
    Set<Topic> topics) {

  /** The group with every fact unknown. */
  public static Negotiation unknown() {
    return new Negotiation(null, null);
  }
}
