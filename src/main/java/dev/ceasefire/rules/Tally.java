package dev.ceasefire.rules;

import dev.ceasefire.model.Reading;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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

  private long count(Boolean value) {
    return items.values().stream().filter(v -> v == value || (v != null && v.equals(value))).count();
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
      List<Object> sorted = new ArrayList<>(records);
      sorted.sort(Comparator.comparing(r -> String.valueOf(component(r, sorted.isEmpty() ? null : firstName(r)))));
      for (Object r : sorted) {
        items.put(label + " " + component(r, firstName(r)), Fn.oneOf(component(r, field), goods));
      }
      return this;
    }

    public Tally build() {
      return new Tally(conditionId, reading, items);
    }

    private static String firstName(Object record) {
      return record.getClass().getRecordComponents()[0].getName();
    }

    private static Object component(Object record, String name) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        if (c.getName().equals(name)) {
          try {
            return c.getAccessor().invoke(record);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + record, e);
          }
        }
      }
      throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + name);
    }
  }
}
