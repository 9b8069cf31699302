package dev.ceasefire.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader ({@link Binder}) and the analyses (which build thousands of candidate worlds) need to know of
 * one model record, worked out once per record class: reflection answers anew on every call
 * ({@code getRecordComponents()} builds fresh objects whose generic types are parsed again from the signature),
 * which cost more than the binding itself.
 */
public final class RecordShape {

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
  public record Component(String name, String field, Type type) {

    /** The component's class, without type arguments. */
    public Class<?> rawType() {
      return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
  }

  final List<Component> components;

  /** The component names in declaration order, for messages. */
  final List<String> names;

  private final Map<String, Integer> indexByName = new HashMap<>();
  private final Constructor<?> constructor;
  private final Method[] accessors;

  private RecordShape(Class<?> type) {
    RecordComponent[] declared = type.getRecordComponents();
    this.components = Arrays.stream(declared)
        .map(c -> new Component(c.getName(), type.getSimpleName() + "." + c.getName(), c.getGenericType()))
        .toList();
    this.names = components.stream().map(Component::name).toList();
    this.accessors = new Method[declared.length];
    for (int i = 0; i < declared.length; i++) {
      indexByName.put(declared[i].getName(), i);
      accessors[i] = declared[i].getAccessor();
    }
    try {
      this.constructor = type.getDeclaredConstructor(
          Arrays.stream(declared).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
    }
  }

  public static RecordShape of(Class<?> type) {
    return BY_TYPE.get(type);
  }

  /** The position of the component with this name, or -1. */
  public int indexOf(String name) {
    return indexByName.getOrDefault(name, -1);
  }

  /** The component with this name; an error if there is none. */
  public Component component(String name) {
    return components.get(index(name));
  }

  private int index(String name) {
    int i = indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(constructor.getDeclaringClass().getSimpleName() + " has no field " + name);
    }
    return i;
  }

  /** The value of component {@code i} of {@code record}. */
  public Object get(Object record, int i) {
    try {
      return accessors[i].invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + components.get(i).field(), e);
    }
  }

  /** The value of the component {@code name} of {@code record}; an error if there is no such component. */
  public Object get(Object record, String name) {
    return get(record, index(name));
  }

  /** A copy of {@code record} with the component {@code name} set to {@code value}. */
  public Object with(Object record, String name, Object value) {
    int replaced = index(name);
    Object[] values = new Object[accessors.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = i == replaced ? value : get(record, i);
    }
    return construct(values);
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
