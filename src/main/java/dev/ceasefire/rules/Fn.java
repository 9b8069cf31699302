package dev.ceasefire.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
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

  /** How many values of {@code map} equal {@code value}. */
  public static int countValues(Map<?, ?> map, Object value) {
    return map == null ? 0 : (int) map.values().stream().filter(v -> Objects.equals(v, value)).count();
  }

  /** The keys of {@code map} whose value is {@code value}, sorted and joined. */
  public static String keysWith(Map<?, ?> map, Object value) {
    return names(map.entrySet().stream().filter(e -> Objects.equals(e.getValue(), value)).map(Map.Entry::getKey)
        .toList());
  }
  // ---- three-valued element tests for a Tally: null when the fact is unknown ----

  /** Whether {@code value} is one of {@code goods}; null when the value is unknown. */
  public static Boolean oneOf(Object value, Object... goods) {
    return value == null ? null : Arrays.asList(goods).contains(value);
  }

  /** The negation of a three-valued test; unknown stays unknown. */
  public static Boolean not(Boolean value) {
    return value == null ? null : !value;
  }

  /** {@code value <= max}; null when unknown. */
  public static Boolean atMost(Integer value, int max) {
    return value == null ? null : value <= max;
  }

  /** {@code value >= min}; null when unknown. */
  public static Boolean atLeastNumber(Integer value, int min) {
    return value == null ? null : value >= min;
  }

  /** {@code to} is no more than {@code days} after {@code from}; null when either date is unknown. */
  public static Boolean withinDays(LocalDate from, LocalDate to, int days) {
    return from == null || to == null ? null : !to.isAfter(from.plusDays(days));
  }

  /** {@code items} holds {@code item}; null when the collection is unknown. */
  public static Boolean holds(Collection<?> items, Object item) {
    return items == null ? null : items.contains(item);
  }

  /** {@code items} holds every one of {@code required}; null when unknown. */
  public static Boolean holdsAll(Collection<?> items, Collection<?> required) {
    return items == null ? null : items.containsAll(required);
  }

  /**
   * Every one of {@code keys} maps to {@code value}: true; some key maps to another known value: false; else null.
   */
  public static Boolean allMapTo(Map<?, ?> map, Collection<?> keys, Object value) {
    if (map == null) {
      return null;
    }
    boolean unknown = false;
    for (Object key : keys) {
      Object v = map.entrySet().stream().filter(e -> String.valueOf(e.getKey()).equals(String.valueOf(key)))
          .map(Map.Entry::getValue).findFirst().orElse(null);
      if (v == null) {
        unknown = true;
      } else if (!v.equals(value)) {
        return false;
      }
    }
    return unknown ? null : true;
  }

  /** A three-valued test that is known to hold. */
  public static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  /** A three-valued test that is known to fail. */
  public static boolean isFalse(Boolean value) {
    return Boolean.FALSE.equals(value);
  }

  /** Three-valued (Kleene) or: true if either is true, false if both are false, else unknown. */
  public static Boolean or(Boolean a, Boolean b) {
    if (isTrue(a) || isTrue(b)) {
      return true;
    }
    return a == null || b == null ? null : false;
  }

  /** Three-valued implication: a clause "if {@code a} then {@code b}" holds vacuously when {@code a} is false. */
  public static Boolean implies(Boolean a, Boolean b) {
    return or(not(a), b);
  }
}
