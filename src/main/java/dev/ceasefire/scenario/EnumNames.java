package dev.ceasefire.scenario;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants of one enum by name, worked out once per enum: {@code getEnumConstants()} copies the array on
 * every call, and a scenario spells out dozens of enum values on every read.
 */
final class EnumNames {

  private static final ClassValue<EnumNames> BY_TYPE = new ClassValue<>() {
    @Override
    protected EnumNames computeValue(Class<?> type) {
      return new EnumNames(type.getEnumConstants());
    }
  };

  /** The names in declaration order, for messages. */
  final List<String> names;

  /** {@link #names} joined by ", ", for messages. */
  final String joined;

  private final Map<String, Object> byName = new HashMap<>();

  private EnumNames(Object[] constants) {
    this.names = Arrays.stream(constants).map(constant -> ((Enum<?>) constant).name()).toList();
    this.joined = String.join(", ", names);
    for (Object constant : constants) {
      byName.put(((Enum<?>) constant).name(), constant);
    }
  }

  static EnumNames of(Class<? extends Enum<?>> type) {
    return BY_TYPE.get(type);
  }

  /** The constant spelt exactly so, or null. */
  static <E extends Enum<E>> E constant(String name, Class<E> type) {
    return type.cast(BY_TYPE.get(type).byName.get(name));
  }
}
