package dev.ceasefire.rules;

import dev.ceasefire.model.Party;
import dev.ceasefire.model.Reliability;
import java.time.LocalDate;

/** A stated position as the catalogue describes it. */
public record PositionInfo(
    String id,
    Party party,
    String title,
    LocalDate date,
    LocalDate validFrom,
    String supersededBy,
    Reliability reliability,
    String speaker,
    String place,
    String context,
    String file) {}
