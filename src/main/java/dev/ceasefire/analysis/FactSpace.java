package dev.ceasefire.analysis;

import dev.ceasefire.model.Facts;
import dev.ceasefire.rules.Parameter;
import dev.ceasefire.scenario.RecordShape;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every leaf fact of a scenario (e.g. {@code nato.bid}, {@code regions.DONETSK.uaTroopPresence},
 * {@code sanctions.byActor.EU}) with the values an analysis tries for it, found by reflection over the
 * {@link Facts} records, so a field added to the vocabulary is searched with no change here.
 *
 * <p>Domains (unknown, {@code null}, is never tried: an analysis states facts, it does not forget them):
 * <ul>
 *   <li>enum: every constant; boolean: false, true;</li>
 *   <li>integer: 0, 1, every number parameter of rules/parameters.yaml and that number plus one (both sides of
 *       each threshold), and 60;</li>
 *   <li>date: the scenario's asOfDate and 30 days later; instant: the start of asOfDate (UTC);</li>
 *   <li>set of an enum with at most 3 constants: every subset; of a larger enum: the empty set, every constant
 *       alone (up to 6 constants), every list the vocabulary or the parameters name whose items are all
 *       constants of that enum (e.g. the four regions), and all constants;</li>
 *   <li>set of country codes: the empty set, each country list of the parameters, each such list with UKR and
 *       with UKR and RUS (the two parties), and {UKR, RUS}; set of condition ids: the empty set and each
 *       condition-id list of the parameters.</li>
 * </ul>
 */
public final class FactSpace {

  private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{3}$");
  private static final Pattern CONDITION_ID = Pattern.compile("^[A-Z]{2}-\\d{4}-\\d{2}-\\d{2}/[a-z0-9-]+$");
  private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  /** One leaf fact: where it is, its Java type, and the values tried for it. */
  public record Leaf(String path, String group, String key, String field, Class<?> type, List<Object> domain) {

    /** The path with the map key replaced by {@code *}: the family a wildcard declaration names. */
    public String family() {
      if (key == null) {
        return path;
      }
      return path.endsWith("." + key) ? path.substring(0, path.length() - key.length()) + "*"
          : path.replace("." + key + ".", ".*.");
    }
  }

  private final Map<String, Leaf> leaves = new LinkedHashMap<>();

  public FactSpace(List<Parameter> parameters, LocalDate asOfDate) {
    LocalDate asOf = asOfDate == null ? LocalDate.of(2024, 6, 14) : asOfDate;
    for (RecordComponent group : Facts.class.getRecordComponents()) {
      Class<?> type = group.getType();
      if (Map.class.isAssignableFrom(type)) {
        Type[] args = ((ParameterizedType) group.getGenericType()).getActualTypeArguments();
        Class<?> keyType = (Class<?>) args[0];
        Class<?> valueType = (Class<?>) args[1];
        for (Object key : keyType.getEnumConstants()) {
          for (RecordComponent field : valueType.getRecordComponents()) {
            if (field.getType() == keyType) {
              continue; // the key field (region, city, axis) repeats the map key
            }
            String name = ((Enum<?>) key).name();
            add(new Leaf(group.getName() + "." + name + "." + field.getName(), group.getName(), name,
                field.getName(), field.getType(), domain(field.getGenericType(), parameters, asOf)));
          }
        }
        continue;
      }
      for (RecordComponent field : type.getRecordComponents()) {
        if (Map.class.isAssignableFrom(field.getType())) {
          Type[] args = ((ParameterizedType) field.getGenericType()).getActualTypeArguments();
          for (Object key : ((Class<?>) args[0]).getEnumConstants()) {
            String name = ((Enum<?>) key).name();
            add(new Leaf(group.getName() + "." + field.getName() + "." + name, group.getName(), name,
                field.getName(), (Class<?>) args[1], domain(args[1], parameters, asOf)));
          }
        } else {
          add(new Leaf(group.getName() + "." + field.getName(), group.getName(), null, field.getName(),
              field.getType(), domain(field.getGenericType(), parameters, asOf)));
        }
      }
    }
  }

  private void add(Leaf leaf) {
    leaves.put(leaf.path(), leaf);
  }

  public Collection<Leaf> leaves() {
    return leaves.values();
  }

  /** A leaf by its path; a leading {@code facts.} is accepted. */
  public Optional<Leaf> leaf(String path) {
    return Optional.ofNullable(leaves.get(normalise(path)));
  }

  public static String normalise(String path) {
    String p = path.strip();
    return p.startsWith("facts.") ? p.substring(6) : p;
  }

  /**
   * The leaves a catalogue declaration names: a path, a path with {@code *} for a map key, or a path that
   * stops at a map ({@code sanctions.byActor}) and so names every entry.
   */
  public List<Leaf> matching(String declared) {
    String d = normalise(declared);
    Pattern pattern = Pattern.compile(Pattern.quote(d).replace("*", "\\E[^.]+\\Q") + "(\\..+)?");
    return leaves.values().stream().filter(l -> pattern.matcher(l.path()).matches()).toList();
  }

  /** Paths close to a wrong one, for error messages. */
  public List<String> suggestions(String wrong) {
    String w = normalise(wrong);
    String head = w.contains(".") ? w.substring(0, w.indexOf('.')) : w;
    List<String> same = leaves.keySet().stream().filter(p -> p.startsWith(head + ".")).toList();
    if (!same.isEmpty()) {
      return same.size() > 30 ? same.stream().map(p -> leaves.get(p).family()).distinct().toList() : same;
    }
    return leaves.values().stream().map(Leaf::group).distinct().toList();
  }

  // ---- reading and writing one leaf of an immutable Facts ----

  public Object get(Facts facts, Leaf leaf) {
    Object group = component(facts, leaf.group());
    if (group == null) {
      return null;
    }
    if (group instanceof Map<?, ?> map) {
      Object entry = map.get(enumKey(facts, leaf));
      return entry == null ? null : component(entry, leaf.field());
    }
    Object value = component(group, leaf.field());
    if (leaf.key() != null) {
      return value == null ? null : ((Map<?, ?>) value).get(enumConstant(mapKeyType(group.getClass(), leaf.field()), leaf.key()));
    }
    return value;
  }

  /** The facts with one leaf set ({@code null}: unknown); the argument is not modified. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Facts with(Facts facts, Leaf leaf, Object value) {
    RecordShape.Component groupComponent = componentOf(Facts.class, leaf.group());
    Object group = component(facts, leaf.group());
    Object newGroup;
    if (Map.class.isAssignableFrom(groupComponent.rawType())) {
      Type[] args = ((ParameterizedType) groupComponent.type()).getActualTypeArguments();
      Class keyType = (Class) args[0];
      Class<?> valueType = (Class<?>) args[1];
      Map map = group == null || ((Map) group).isEmpty() ? new EnumMap(keyType) : new EnumMap((Map) group);
      Object key = Enum.valueOf(keyType, leaf.key());
      Object entry = map.get(key);
      if (entry == null) {
        entry = invokeStatic(valueType, "unknown", keyType, key);
      }
      map.put(key, replace(entry, leaf.field(), value));
      newGroup = map;
    } else {
      Object current = group == null ? invokeStatic(groupComponent.rawType(), "unknown", null, null) : group;
      if (leaf.key() != null) {
        Class keyType = mapKeyType(current.getClass(), leaf.field());
        Map old = (Map) component(current, leaf.field());
        Map map = old == null || old.isEmpty() ? new EnumMap(keyType) : new EnumMap(old);
        if (value == null) {
          map.remove(Enum.valueOf(keyType, leaf.key()));
        } else {
          map.put(Enum.valueOf(keyType, leaf.key()), value);
        }
        newGroup = replace(current, leaf.field(), map.isEmpty() && old == null ? null : map);
      } else {
        newGroup = replace(current, leaf.field(), value);
      }
    }
    return (Facts) replace(facts, leaf.group(), newGroup);
  }

  /** The facts with several leaves set, in order. */
  public Facts with(Facts facts, Map<Leaf, Object> values) {
    Facts result = facts == null ? Facts.none() : facts;
    for (Map.Entry<Leaf, Object> e : values.entrySet()) {
      result = with(result, e.getKey(), e.getValue());
    }
    return result;
  }

  // ---- domains ----

  private static List<Object> domain(Type type, List<Parameter> parameters, LocalDate asOf) {
    if (type instanceof Class<?> c) {
      if (c.isEnum()) {
        return List.of((Object[]) c.getEnumConstants());
      }
      if (c == Boolean.class) {
        return List.of(false, true);
      }
      if (c == Integer.class) {
        Set<Integer> values = new TreeSet<>(List.of(0, 1, 60));
        for (Parameter p : parameters) {
          if (p.value() instanceof Number n) {
            values.add(n.intValue());
            values.add(n.intValue() + 1);
          }
        }
        return List.copyOf(values);
      }
      if (c == LocalDate.class) {
        return List.of(asOf, asOf.plusDays(30));
      }
      if (c == Instant.class) {
        return List.of(asOf.atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return List.of();
    }
    ParameterizedType generic = (ParameterizedType) type;
    if (generic.getRawType() != Set.class) {
      return List.of();
    }
    Class<?> item = (Class<?>) generic.getActualTypeArguments()[0];
    List<Set<?>> candidates = new ArrayList<>();
    if (item.isEnum()) {
      List<Object> constants = List.of((Object[]) item.getEnumConstants());
      candidates.add(Set.of());
      if (constants.size() <= 3) {
        for (int mask = 1; mask < (1 << constants.size()); mask++) {
          Set<Object> subset = new LinkedHashSet<>();
          for (int i = 0; i < constants.size(); i++) {
            if ((mask & (1 << i)) != 0) {
              subset.add(constants.get(i));
            }
          }
          candidates.add(subset);
        }
      } else {
        if (constants.size() <= 6) {
          constants.forEach(k -> candidates.add(Set.of(k)));
        }
        namedGroups(item).forEach(candidates::add);
        for (Parameter p : parameters) {
          enumList(item, p).ifPresent(candidates::add);
        }
        candidates.add(new LinkedHashSet<>(constants));
      }
    } else if (item == String.class) {
      candidates.add(Set.of());
      for (Parameter p : parameters) {
        if (!(p.value() instanceof Collection<?> items) || items.isEmpty()) {
          continue;
        }
        List<String> strings = items.stream().map(String::valueOf).toList();
        if (strings.stream().allMatch(s -> COUNTRY.matcher(s).matches() && COUNTRIES.contains(s))) {
          Set<String> list = new TreeSet<>(strings);
          candidates.add(list);
          Set<String> withUkr = new TreeSet<>(list);
          withUkr.add("UKR");
          candidates.add(withUkr);
          Set<String> withBoth = new TreeSet<>(withUkr);
          withBoth.add("RUS");
          candidates.add(withBoth);
        } else if (strings.stream().allMatch(s -> CONDITION_ID.matcher(s).matches())) {
          candidates.add(new TreeSet<>(strings));
        }
      }
      candidates.add(new TreeSet<>(List.of("RUS", "UKR")));
    }
    List<Object> distinct = new ArrayList<>();
    for (Set<?> s : candidates) {
      if (!distinct.contains(s)) {
        distinct.add(s);
      }
    }
    return distinct;
  }

  /** The {@code public static final Set<E>} constants an enum declares, e.g. RegionCode.FOUR_REGIONS. */
  private static List<Set<?>> namedGroups(Class<?> item) {
    List<Set<?>> groups = new ArrayList<>();
    for (Field f : item.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m) && Modifier.isPublic(m) && Set.class.isAssignableFrom(f.getType())) {
        try {
          groups.add(Set.copyOf((Set<?>) f.get(null)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return groups;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<Set<?>> enumList(Class<?> item, Parameter p) {
    if (!(p.value() instanceof Collection<?> items) || items.isEmpty()) {
      return Optional.empty();
    }
    Set<Object> set = new LinkedHashSet<>();
    for (Object o : items) {
      try {
        set.add(Enum.valueOf((Class) item, String.valueOf(o)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(set);
  }

  // ---- reflection helpers ----

  private static Object component(Object record, String name) {
    return RecordShape.of(record.getClass()).get(record, name);
  }

  private static RecordShape.Component componentOf(Class<?> type, String name) {
    return RecordShape.of(type).component(name);
  }

  private static Object replace(Object record, String name, Object value) {
    return RecordShape.of(record.getClass()).with(record, name, value);
  }

  /** Static factories ({@code unknown()}, {@code unknown(key)}) looked up once each. */
  private static final Map<List<Object>, java.lang.reflect.Method> STATICS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static java.lang.reflect.Method lookUp(Class<?> type, String method, Class<?> argType) {
    try {
      return argType == null ? type.getMethod(method) : type.getMethod(method, argType);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + "." + method + "()", e);
    }
  }

  private static Object invokeStatic(Class<?> type, String method, Class<?> argType, Object arg) {
    try {
      java.lang.reflect.Method m = STATICS.computeIfAbsent(List.of(type, method, argType == null ? Void.class : argType),
          k -> lookUp(type, method, argType));
      return argType == null ? m.invoke(null) : m.invoke(null, arg);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getSimpleName() + "." + method + "()", e);
    }
  }

  private static Class<?> mapKeyType(Class<?> owner, String field) {
    Type t = componentOf(owner, field).type();
    return (Class<?>) ((ParameterizedType) t).getActualTypeArguments()[0];
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static Object enumKey(Facts facts, Leaf leaf) {
    RecordShape.Component c = componentOf(Facts.class, leaf.group());
    Class<?> keyType = (Class<?>) ((ParameterizedType) c.type()).getActualTypeArguments()[0];
    return enumConstant(keyType, leaf.key());
  }
}
