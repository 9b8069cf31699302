package dev.ceasefire.rules;

import dev.ceasefire.model.Facts;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The single-valued groups of {@link Facts} (nato, ceasefire, guarantees …), found from the record itself, so a
 * group added to the vocabulary reaches the rules with no change here. Each is inserted as stated, or as its
 * {@code unknown()} (every field null) when the scenario leaves it out. The map groups (regions, cities, axes)
 * are inserted entry by entry by the evaluator.
 */
final class FactGroups {

  /** One group: how to read it from Facts, and its all-unknown value. */
  record Group(String name, Method accessor, Object unknown) {

    Object valueOrUnknown(Facts facts) {
      try {
        Object value = accessor.invoke(facts);
        return value == null ? unknown : value;
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read facts." + name, e);
      }
    }
  }

  static final List<Group> GROUPS = discover();

  private FactGroups() {}

  private static List<Group> discover() {
    List<Group> groups = new ArrayList<>();
    for (RecordComponent c : Facts.class.getRecordComponents()) {
      if (Map.class.isAssignableFrom(c.getType())) {
        continue;
      }
      try {
        Object unknown = c.getType().getMethod("unknown").invoke(null);
        groups.add(new Group(c.getName(), c.getAccessor(), unknown));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("facts." + c.getName() + " needs a static unknown() with every field null", e);
      }
    }
    return List.copyOf(groups);
  }
}
