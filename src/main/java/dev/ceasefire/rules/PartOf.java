package dev.ceasefire.rules;

/**
 * From the catalogue: {@code part} is a part of the gate, or a point of the bundle, {@code whole}. The shared rules
 * join a verdict to its whole through this fact (an indexed join on the condition id), rather than testing every
 * verdict against every whole's list of parts.
 */
public record PartOf(String part, String whole) {}
