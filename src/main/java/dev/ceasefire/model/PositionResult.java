package dev.ceasefire.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The verdicts on one position's conditions, in catalogue order. */
public record PositionResult(
    String id,
    Party party,
    String title,
    LocalDate date,
    Reliability reliability,
    boolean applicable,
    String applicability,
    Map<Status, Integer> summary,
    List<ConditionResult> conditions) {}
