package dev.ceasefire.rules;

import java.util.Collection;

/**
 * Derived fact: of the terms a parameter names ({@code terms}, e.g. {@code RU-2024-06-14/terms-to-fix-in-agreements}),
 * how many the settlement's text holds ({@code settlement.contains}); {@code size} is the number named.
 * {@code held} is null when the scenario does not say what the text holds. {@code missing} names the terms left out
 * (for reasons).
 */
public record TermsInSettlement(String terms, int size, Integer held, String missing) {

  /** Compares the named terms with {@code contains} (the scenario's {@code settlement.contains}, maybe null). */
  public static TermsInSettlement of(String terms, Collection<String> named, Collection<String> contains) {
    if (contains == null) {
      return new TermsInSettlement(terms, named.size(), null, Fn.names(named));
    }
    return new TermsInSettlement(terms, named.size(), Fn.overlap(named, contains), Fn.missing(named, contains));
  }
}
