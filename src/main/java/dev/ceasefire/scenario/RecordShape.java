package dev.ceasefire.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Binder} needs to know of one model record, worked out once per record class: reflection answers
 * anew on every call ({@code getRecordComponents()} builds fresh objects whose generic types are parsed again
 * from the signature), which cost more than the binding itself.
 */
final class RecordShape {

  private static final ClassValue<RecordShape> BY_TYPE = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  /**
   * One component: {@code field} is {@code Record.component} (e.g. {@code Settlement.parties}), the name the
   * fields with a vocabulary of their own are told apart by.
   */
  record Component(String name, String field, Type type) {}

  final List<Component> components;

  /** The component names in declaration order, for messages. */
  final List<String> names;

  private final Map<String, Integer> indexByName = new HashMap<>();
  private final Constructor<?> constructor;

  private RecordShape(Class<?> type) {
    RecordComponent[] declared = type.getRecordComponents();
    this.components = Arrays.stream(declared)
        .map(c -> new Component(c.getName(), type.getSimpleName() + "." + c.getName(), c.getGenericType()))
        .toList();
    this.names = components.stream().map(Component::name).toList();
    for (int i = 0; i < declared.length; i++) {
      indexByName.put(declared[i].getName(), i);
    }
    try {
      this.constructor = type.getDeclaredConstructor(
          Arrays.stream(declared).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
    }
  }

  static RecordShape of(Class<?> type) {
    return BY_TYPE.get(type);
  }

  /** The position of the component with this name, or -1. */
  int indexOf(String name) {
    return indexByName.getOrDefault(name, -1);
  }

  /** A new record from its component values, in declaration order. */
  Object construct(Object[] values) {
    try {
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + constructor.getDeclaringClass().getName(), e);
    }
  }
}
