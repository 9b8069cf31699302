package dev.ceasefire.rules;

import dev.ceasefire.model.Mode;
import java.time.LocalDate;

/** The options of one run, as a fact: the mode and the scenario's date. */
public record RunOptions(Mode mode, LocalDate asOfDate) {}
