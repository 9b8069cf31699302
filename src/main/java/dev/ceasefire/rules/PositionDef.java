package dev.ceasefire.rules;

import java.time.LocalDate;

/**
 * A position as the rules see it, for the AS_OF mode: stated on {@code validFrom}, replaced on
 * {@code supersededOn} (null while no later position replaces it).
 */
public record PositionDef(String id, LocalDate validFrom, String supersededBy, LocalDate supersededOn) {}
