package dev.ceasefire.rules;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A threshold or list a workshop might change (the 3-day window, the 15 years, a guarantor list), with its
 * own source; read from {@code rules/parameters.yaml}.
 */
public record Parameter(String name, Object value, String source) {

  public int getNumber() {
    return ((Number) value).intValue();
  }

  public Set<String> getItems() {
    Set<String> set = new TreeSet<>();
    for (Object item : (Collection<?>) value) {
      set.add(String.valueOf(item));
    }
    return set;
  }
}
