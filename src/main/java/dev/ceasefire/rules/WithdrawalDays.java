package dev.ceasefire.rules;

/**
 * Derived fact: how long the Ukrainian withdrawal ({@code withdrawal.startDate}) has taken: to its
 * {@code completeDate} when {@code complete}, else to the scenario's {@code asOfDate}. {@code elapsed} is null
 * when the start, or both ends, are unknown.
 */
public record WithdrawalDays(boolean started, boolean complete, Integer elapsed) {}
