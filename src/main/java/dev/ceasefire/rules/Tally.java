package dev.ceasefire.rules;

import dev.ceasefire.model.Reading;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The elements of a bundle condition under one reading, each holding (true), failing (false) or unknown (null),
 * gathered by one rule of the position so that its status rules read only the tally. The status rules decide;
 * these predicates only count: every element holds; some hold and some fail; all are known and none holds;
 * anything else leaves the answer open (an unknown element could change it).
 */
public record Tally(String conditionId, Reading reading, Map<String, Boolean> items) {

  public Tally {
    items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  public static Builder of(String conditionId, Reading reading) {
    return new Builder(conditionId, reading);
  }

  // The status rules test every tally they see (four predicates, each an alpha constraint): a plain loop, not a
  // stream and a lambda per test.
  private int count(Boolean value) {
    int n = 0;
    for (Boolean v : items.values()) {
      if (value == null ? v == null : value.equals(v)) {
        n++;
      }
    }
    return n;
  }

  public boolean allHold() {
    return !items.isEmpty() && count(Boolean.TRUE) == items.size();
  }

  public boolean someHoldSomeFail() {
    return count(Boolean.TRUE) > 0 && count(Boolean.FALSE) > 0;
  }

  public boolean noneHolds() {
    return !items.isEmpty() && count(Boolean.FALSE) == items.size();
  }

  public boolean open() {
    return !allHold() && !someHoldSomeFail() && !noneHolds();
  }

  /** "holds: a, b; fails: c; unknown: d", parts left out when empty. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, "holds", Boolean.TRUE);
    add(parts, "fails", Boolean.FALSE);
    add(parts, "unknown", null);
    return String.join("; ", parts);
  }

  private void add(List<String> parts, String label, Boolean value) {
    List<String> names = items.entrySet().stream()
        .filter(e -> value == null ? e.getValue() == null : value.equals(e.getValue())).map(Map.Entry::getKey).toList();
    if (!names.isEmpty()) {
      parts.add(label + ": " + String.join(", ", names));
    }
  }

  /** Collects the elements in the order the rule names them. */
  public static final class Builder {
    private final String conditionId;
    private final Reading reading;
    private final Map<String, Boolean> items = new LinkedHashMap<>();

    private Builder(String conditionId, Reading reading) {
      this.conditionId = conditionId;
      this.reading = reading;
    }

    public Builder item(String label, Boolean holds) {
      items.put(label, holds);
      return this;
    }

    /**
     * One element per record (a region, typically), labelled "{@code label} {key}", holding when its
     * {@code field} is one of {@code goods}; records come in key order.
     */
    public Builder each(String label, Collection<?> records, String field, Object... goods) {
      Map<String, Object> byKey = new java.util.TreeMap<>();
      for (Object r : records) {
        byKey.put(String.valueOf(component(r, 0)), r);
      }
      byKey.forEach((key, r) -> items.put(label + " " + key, Fn.oneOf(component(r, field), goods)));
      return this;
    }

    public Tally build() {
      return new Tally(conditionId, reading, items);
    }

    /** The record's accessors by component name, looked up once per record class. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
      @Override
      protected Map<String, Method> computeValue(Class<?> type) {
        Map<String, Method> byName = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
          byName.put(c.getName(), c.getAccessor());
        }
        return Collections.unmodifiableMap(byName);
      }
    };

    /** The record's first component: its key (region, city, axis). */
    private static Object component(Object record, int index) {
      return component(record, ACCESSORS.get(record.getClass()).keySet().stream().skip(index).findFirst().orElseThrow());
    }

    private static Object component(Object record, String name) {
      Method accessor = ACCESSORS.get(record.getClass()).get(name);
      if (accessor == null) {
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + name);
      }
      try {
        return accessor.invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + name + " of " + record, e);
      }
    }
  }
}
