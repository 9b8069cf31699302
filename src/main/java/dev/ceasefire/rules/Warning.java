package dev.ceasefire.rules;

/**
 * Something the rules want the reader to know about the scenario or about the rules themselves. Codes
 * {@code RULE_GAP} and {@code RULE_CONFLICT} mean the rule base is incomplete or contradicts itself.
 */
public record Warning(String code, String message) {}
