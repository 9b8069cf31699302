package dev.ceasefire.rules;

/**
 * Derived fact, once Ukraine's martial law is lifted: whether elections have a date ({@code held}: true when
 * {@code domestic.electionsDate} is stated, false when the scenario says none were held, null when it does not
 * say) and {@code days}, counted from {@code domestic.martialLawLiftedDate} to the elections, or, while none are
 * held, to the scenario's {@code asOfDate}; null when a date it needs is unknown.
 */
public record ElectionsAfterMartialLaw(Boolean held, Integer days) {}
