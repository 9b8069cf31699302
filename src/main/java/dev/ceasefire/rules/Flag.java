package dev.ceasefire.rules;

/** A named finding on a condition, such as {@code offerConditionBreached}. */
public record Flag(String conditionId, String name, String reason) {}
