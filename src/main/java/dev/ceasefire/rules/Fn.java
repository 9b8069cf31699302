package dev.ceasefire.rules;

import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Generic set and text helpers the DRL files import as functions. They know nothing of any condition: the
 * conditions themselves are written in the rules.
 */
public final class Fn {

  private Fn() {}

  /** {@code a} is at least {@code b} in declaration order (e.g. a negotiation stage). */
  public static <E extends Enum<E>> boolean atLeast(E a, E b) {
    return a != null && a.compareTo(b) >= 0;
  }

  /** Every item of {@code items} is in {@code of}. */
  public static boolean subset(Collection<?> items, Collection<?> of) {
    return items != null && of != null && of.containsAll(items);
  }

  /** {@code items} holds every one of {@code required}. */
  public static boolean hasAll(Collection<?> items, Collection<?> required) {
    return subset(required, items);
  }

  /** How many of {@code items} are in {@code of}. */
  public static int overlap(Collection<?> items, Collection<?> of) {
    return items == null ? 0 : (int) items.stream().filter(of::contains).count();
  }

  /** The items of {@code required} that {@code items} lacks, sorted and joined. */
  public static String missing(Collection<?> required, Collection<?> items) {
    return names(required.stream().filter(r -> items == null || !items.contains(r)).toList());
  }

  /** The items of {@code items} that are not in {@code of}, sorted and joined. */
  public static String outside(Collection<?> items, Collection<?> of) {
    return names(items.stream().filter(i -> !of.contains(i)).toList());
  }

  /** Sorted, comma-separated names; "none" for an empty collection. */
  public static String names(Collection<?> items) {
    if (items == null || items.isEmpty()) {
      return "none";
    }
    return items.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)).stream()
        .collect(Collectors.joining(", "));
  }
}
