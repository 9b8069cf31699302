package dev.ceasefire.scenario;

import dev.ceasefire.model.Axis;
import dev.ceasefire.model.CityCode;
import dev.ceasefire.model.CityState;
import dev.ceasefire.model.Expectation;
import dev.ceasefire.model.Facts;
import dev.ceasefire.model.Party;
import dev.ceasefire.model.RegionCode;
import dev.ceasefire.model.RegionState;
import dev.ceasefire.model.RuMilitaryActivity;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.model.Territory;
import dev.ceasefire.scenario.Node.Entry;
import dev.ceasefire.scenario.Node.Kind;
import dev.ceasefire.scenario.Node.ListNode;
import dev.ceasefire.scenario.Node.MapNode;
import dev.ceasefire.scenario.Node.ScalarNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Binds a {@link Node} tree to the model records, strictly: every key must be a record component, every enum
 * value spelt exactly, every number a non-negative whole number, every date ISO. Problems are collected, not
 * thrown, so one read reports everything wrong with a file. Records are bound through their components, so a
 * field added to the model is read without touching this class; the few fields with their own vocabulary
 * (region aliases, country codes, condition ids, map keys repeated in their values) are listed in
 * {@link #component}.
 */
final class Binder {

  private static final List<String> SCENARIO_KEYS =
      List.of("id", "title", "description", "asOfDate", "facts", "expect");
  private static final List<String> EXPECTATION_KEYS = List.of("status", "lenientStatus", "flags", "partyStatus");

  private final Problems problems;
  /** The condition ids expectations may name, or null: not checked. */
  private final Set<String> knownConditions;

  Binder(Problems problems) {
    this(problems, null);
  }

  Binder(Problems problems, Set<String> knownConditions) {
    this.problems = problems;
    this.knownConditions = knownConditions;
  }

  Scenario scenario(Node root, String source) {
    if (!(root instanceof MapNode map)) {
      throw problems.fatal(root.location(), KeyPath.ROOT, "the top level is " + Node.describe(root), null,
          "a mapping with keys " + String.join(", ", SCENARIO_KEYS));
    }
    for (Entry entry : map.entries().values()) {
      if (!SCENARIO_KEYS.contains(entry.key())) {
        problems.unknownKey(entry, KeyPath.ROOT, SCENARIO_KEYS);
      }
    }
    String id = required(map, "id", "a kebab-case id such as status-quo-2024-06-14", this::id);
    String title = required(map, "title", "a non-blank title", this::title);
    Node description = valueOf(map, "description");
    String text = description == null ? null : string(description, KeyPath.ROOT.key("description"));
    LocalDate asOfDate = required(map, "asOfDate", "an ISO date such as 2024-06-14", this::date);
    Facts facts = required(map, "facts", "a mapping of facts", (node, path) -> record(node, Facts.class, path));
    Node expect = valueOf(map, "expect");
    Map<String, Expectation> expectations = expect == null ? null : expectations(expect, KeyPath.ROOT.key("expect"));
    return new Scenario(id, title, text, asOfDate, facts, expectations, source);
  }

  // --- the scenario's own keys -----------------------------------------------------------------------------

  private <T> T required(MapNode map, String key, String expected, BiFunction<Node, KeyPath, T> read) {
    Node node = valueOf(map, key);
    if (node == null) {
      missing(map, KeyPath.ROOT, key, expected);
      return null;
    }
    return read.apply(node, KeyPath.ROOT.key(key));
  }

  /**
   * A required key that is not there, reported where the mapping starts; or one that is there with nothing after
   * it ({@code facts:}, {@code facts: null}, {@code "facts": null}), reported at the key itself.
   */
  private void missing(MapNode map, KeyPath parent, String key, String expected) {
    Entry entry = map.entries().get(key);
    if (entry == null) {
      problems.add(map.location(), parent.key(key), "missing required key", key, expected);
    } else {
      problems.add(entry.keyLocation(), parent.key(key), "required key '" + key + "' is present but empty (null)",
          null, expected + ("facts".equals(key) && parent == KeyPath.ROOT ? "; write facts: {} when no fact is known"
              : ""));
    }
  }

  private static Node valueOf(MapNode map, String key) {
    Entry entry = map.entries().get(key);
    return entry == null || isNull(entry.value()) ? null : entry.value();
  }

  private String id(Node node, KeyPath path) {
    String id = string(node, path);
    if (id != null && !Codes.isKebab(id)) {
      problems.add(node.location(), path, "invalid id", id, "kebab case such as status-quo-2024-06-14",
          Codes.suggestKebab(id));
      return null;
    }
    return id;
  }

  private String title(Node node, KeyPath path) {
    String title = string(node, path);
    if (title != null && title.isBlank()) {
      problems.add(node.location(), path, "blank title", title, "a non-blank title");
      return null;
    }
    return title;
  }

  private Map<String, Expectation> expectations(Node node, KeyPath path) {
    if (!(node instanceof MapNode map)) {
      problems.wrongType(node, path, "a mapping from condition id to expected status");
      return null;
    }
    Map<String, Expectation> result = new LinkedHashMap<>();
    for (Entry entry : map.entries().values()) {
      KeyPath at = path.key(entry.key());
      if (!Codes.isConditionId(entry.key())) {
        problems.add(entry.keyLocation(), at, "invalid condition id", entry.key(), Codes.CONDITION_ID_EXPECTED,
            Codes.suggestConditionId(entry.key()));
        continue;
      }
      if (knownConditions != null && !knownConditions.contains(entry.key())) {
        problems.add(entry.keyLocation(), at, "unknown condition", entry.key(), "a condition id of the rules"
            + " (ceasefire positions lists them)", Suggestions.closestId(entry.key(), knownConditions));
        continue;
      }
      Expectation expectation = expectation(entry.value(), at);
      if (expectation != null) {
        result.put(entry.key(), expectation);
      }
    }
    return Collections.unmodifiableMap(result);
  }

  private Expectation expectation(Node node, KeyPath path) {
    if (node instanceof ScalarNode scalar && scalar.kind() == Kind.STRING) {
      Status status = enumValue(node, Status.class, path);
      return status == null ? null : Expectation.of(status);
    }
    if (!(node instanceof MapNode map)) {
      problems.wrongType(node, path, "a status (one of " + EnumNames.of(Status.class).joined
          + ") or a mapping with keys " + String.join(", ", EXPECTATION_KEYS));
      return null;
    }
    for (Entry entry : map.entries().values()) {
      if (!EXPECTATION_KEYS.contains(entry.key())) {
        problems.unknownKey(entry, path, EXPECTATION_KEYS);
      }
    }
    Node statusNode = valueOf(map, "status");
    if (statusNode == null) {
      missing(map, path, "status", "one of " + EnumNames.of(Status.class).joined);
    }
    Status status = statusNode == null ? null : enumValue(statusNode, Status.class, path.key("status"));
    Node lenientNode = valueOf(map, "lenientStatus");
    Status lenient = lenientNode == null ? null : enumValue(lenientNode, Status.class, path.key("lenientStatus"));
    Node flagsNode = valueOf(map, "flags");
    List<String> flags = flagsNode == null ? null
        : collection(flagsNode, path.key("flags"), "a list of flag names", this::flag);
    Node partyNode = valueOf(map, "partyStatus");
    Map<Party, Status> partyStatus = partyNode == null ? null
        : enumMap(partyNode, Party.class, Status.class, path.key("partyStatus"), null);
    return new Expectation(status, lenient, flags, partyStatus);
  }

  private List<String> flag(Node node, KeyPath path) {
    String flag = string(node, path);
    if (flag != null && !Codes.isFlag(flag)) {
      problems.add(node.location(), path, "invalid flag", flag, "a flag name in camel case such as offerConditionBreached");
      return List.of();
    }
    return flag == null ? List.of() : List.of(flag);
  }

  // --- records, by their components ------------------------------------------------------------------------

  private <R> R record(Node node, Class<R> type, KeyPath path) {
    RecordShape shape = RecordShape.of(type);
    if (!(node instanceof MapNode map)) {
      problems.wrongType(node, path, "a mapping with keys " + String.join(", ", shape.names));
      return null;
    }
    Object[] values = new Object[shape.components.size()];
    for (Entry entry : map.entries().values()) {
      int index = shape.indexOf(entry.key());
      if (index < 0) {
        problems.unknownKey(entry, path, shape.names);
      } else if (!isNull(entry.value())) {
        values[index] = component(shape.components.get(index), entry.value(), path.key(entry.key()));
      }
    }
    return type.cast(shape.construct(values));
  }

  /** The fields with a vocabulary of their own; every other field is bound by its declared type. */
  private Object component(RecordShape.Component component, Node node, KeyPath path) {
    return switch (component.field()) {
      case "GuaranteeArrangement.guarantors", "GuaranteeArrangement.ratifiedBy",
          "GuaranteeArrangement.bilateralPartners", "Settlement.parties" ->
          set(node, path, "a list of country codes", this::country);
      case "Settlement.contains" -> set(node, path, "a list of condition ids", this::conditionId);
      case "RegionState.uaControlSharePct" -> number(node, path, 100, "a percentage from 0 to 100");
      case "Facts.regions" -> regions(node, path);
      case "Facts.cities" -> enumMap(node, CityCode.class, CityState.class, path,
          new KeyField<>("city", CityState::city, CityState::withCity));
      case "Facts.ruMilitaryActivity" -> enumMap(node, Axis.class, RuMilitaryActivity.class, path,
          new KeyField<RuMilitaryActivity, Axis>("axis", RuMilitaryActivity::axis, RuMilitaryActivity::withAxis));
      default -> value(node, component.type(), path);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object value(Node node, Type type, KeyPath path) {
    if (type instanceof ParameterizedType generic) {
      Type raw = generic.getRawType();
      Type[] args = generic.getActualTypeArguments();
      if (raw == Set.class) {
        return set(node, path, "a list", (item, at) -> items(item, args[0], at));
      }
      if (raw == Map.class && args[0] instanceof Class<?> key && key.isEnum()) {
        return enumMap(node, (Class) key, args[1], path, null);
      }
      throw new IllegalStateException("no binding for " + type);
    }
    Class<?> target = (Class<?>) type;
    if (target == String.class) {
      return string(node, path);
    }
    if (target == Integer.class) {
      return number(node, path, Integer.MAX_VALUE, "a whole number 0 or greater");
    }
    if (target == Boolean.class) {
      return bool(node, path);
    }
    if (target == LocalDate.class) {
      return date(node, path);
    }
    if (target == Instant.class) {
      return instant(node, path);
    }
    if (target == RegionCode.class) {
      return region(node, path);
    }
    if (target == Territory.class) {
      Collection<Object> one = items(node, Territory.class, path);
      return one.size() == 1 ? one.iterator().next() : null;
    }
    if (target.isEnum()) {
      return enumValue(node, (Class) target, path);
    }
    if (target.isRecord()) {
      return record(node, target, path);
    }
    throw new IllegalStateException("no binding for " + type);
  }

  /** One list item as the values it stands for: a group alias stands for several regions. */
  @SuppressWarnings("unchecked")
  private Collection<Object> items(Node node, Type type, KeyPath path) {
    if (type == RegionCode.class) {
      Set<RegionCode> group = regionGroup(node, path, Codes.REGION_GROUP_EXPECTED);
      return group == null ? List.of() : (Collection<Object>) (Collection<?>) group;
    }
    if (type == Territory.class) {
      return (Collection<Object>) (Collection<?>) territories(node, path);
    }
    Object value = value(node, type, path);
    return value == null ? List.of() : List.of(value);
  }

  // --- collections -----------------------------------------------------------------------------------------

  /** A list read as a set: empty means "none", a repeated item is an error. */
  private <T> Set<T> set(Node node, KeyPath path, String expected, BiFunction<Node, KeyPath, Collection<T>> read) {
    List<T> items = collection(node, path, expected, read);
    return items == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(items));
  }

  private <T> List<T> collection(Node node, KeyPath path, String expected,
      BiFunction<Node, KeyPath, Collection<T>> read) {
    if (!(node instanceof ListNode list)) {
      problems.wrongType(node, path, expected);
      return null;
    }
    List<T> result = new ArrayList<>();
    Map<T, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      KeyPath at = path.index(i);
      if (isNull(item)) {
        problems.add(item.location(), at, "empty item", "null", expected.replaceFirst("^a list of ", "") + " (or leave the item out)");
        continue;
      }
      for (T value : read.apply(item, at)) {
        Integer first = firstAt.putIfAbsent(value, i);
        if (first != null) {
          problems.add(item.location(), at, "duplicate item", Node.shown(item),
              "each item once; " + value + " is already given at " + path.index(first));
        } else {
          result.add(value);
        }
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** Map value whose record repeats the map key in a field of its own (a region, city or axis). */
  private record KeyField<V, K>(String name, Function<V, K> stated, BiFunction<V, K, V> with) {}

  private <K extends Enum<K>, V> Map<K, V> enumMap(Node node, Class<K> keyType, Type valueType, KeyPath path,
      KeyField<V, K> keyField) {
    if (!(node instanceof MapNode map)) {
      problems.wrongType(node, path, "a mapping with keys from " + EnumNames.of(keyType).joined);
      return null;
    }
    Map<K, V> result = new EnumMap<>(keyType);
    for (Entry entry : map.entries().values()) {
      KeyPath at = path.key(entry.key());
      K key = EnumNames.constant(entry.key(), keyType);
      if (key == null) {
        List<String> names = EnumNames.of(keyType).names;
        problems.add(entry.keyLocation(), at, "unknown key", entry.key(), "one of " + names,
            Suggestions.closest(entry.key(), names));
        continue;
      }
      V value = mapValue(entry, valueType, at, keyField, EnumSet.of(key));
      if (value != null) {
        result.put(key, keyField == null ? value : keyField.with().apply(value, key));
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /** {@code regions}: keys in any accepted spelling; a group alias ("Donbas") gives each of its regions the state. */
  private Map<RegionCode, RegionState> regions(Node node, KeyPath path) {
    if (!(node instanceof MapNode map)) {
      problems.wrongType(node, path, "a mapping from region to region state");
      return null;
    }
    Map<RegionCode, RegionState> result = new EnumMap<>(RegionCode.class);
    Map<RegionCode, String> writtenAs = new EnumMap<>(RegionCode.class);
    KeyField<RegionState, RegionCode> keyField =
        new KeyField<>("region", RegionState::region, RegionState::withRegion);
    for (Entry entry : map.entries().values()) {
      KeyPath at = path.key(entry.key());
      Optional<Set<RegionCode>> group = Codes.regionGroup(entry.key());
      if (group.isEmpty()) {
        problems.add(entry.keyLocation(), at, "unknown region", entry.key(), Codes.REGION_GROUP_EXPECTED,
            Suggestions.closest(entry.key(), Codes.regionSpellings()));
        continue;
      }
      RegionState state = mapValue(entry, RegionState.class, at, keyField, group.get());
      for (RegionCode region : group.get()) {
        String earlier = writtenAs.putIfAbsent(region, entry.key());
        if (earlier != null) {
          problems.add(entry.keyLocation(), at, "duplicate region", entry.key(),
              "each region once; " + region + " is already given as '" + earlier + "'");
        } else if (state != null) {
          result.put(region, state.withRegion(region));
        }
      }
    }
    return Collections.unmodifiableMap(result);
  }

  @SuppressWarnings("unchecked")
  private <V, K> V mapValue(Entry entry, Type valueType, KeyPath at, KeyField<V, K> keyField, Set<K> keys) {
    if (isNull(entry.value())) {
      problems.add(entry.value().location(), at, "null value", "null",
          "a value (leave the key out to say unknown)");
      return null;
    }
    V value = (V) value(entry.value(), valueType, at);
    if (value != null && keyField != null) {
      K stated = keyField.stated().apply(value);
      if (stated != null && (keys.size() != 1 || !keys.contains(stated))) {
        Node statedNode = ((MapNode) entry.value()).entries().get(keyField.name()).value();
        problems.add(statedNode.location(), at.key(keyField.name()), "does not match its key", Node.shown(statedNode),
            keys.size() == 1 ? keys.iterator().next() + ", the key it stands under, or no " + keyField.name()
                : "no " + keyField.name() + " under a key that names several");
        return null;
      }
    }
    return value;
  }

  // --- scalars ---------------------------------------------------------------------------------------------

  private String string(Node node, KeyPath path) {
    if (node instanceof ScalarNode scalar && scalar.kind() == Kind.STRING) {
      return (String) scalar.value();
    }
    problems.wrongType(node, path, "text");
    return null;
  }

  /** A number as a person writes it: decimal digits, no leading zero, sign, base prefix, underscore or colon. */
  private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("0|[1-9][0-9]*");

  /** What YAML 1.1 would read as another number than the digits say: 060 (octal), 0x10, 1_000, 1:20. */
  private static final java.util.regex.Pattern NOT_DECIMAL =
      java.util.regex.Pattern.compile("[-+]?(0[0-9_]+|0[xXoObB][0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])+|[0-9]+_[0-9_]*)");

  /** What to write instead of a number YAML 1.1 reads in another base, and what YAML makes of it. */
  static String plainDecimal(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    try {
      if (t.matches("0[xX][0-9a-fA-F_]+")) {
        return "write " + new BigInteger(t.substring(2).replace("_", ""), 16) + " (0x is hexadecimal)";
      }
      if (t.matches("0[oO][0-7_]+")) {
        return "write " + new BigInteger(t.substring(2).replace("_", ""), 8) + " (0o is octal)";
      }
      if (t.matches("0[bB][01_]+")) {
        return "write " + new BigInteger(t.substring(2).replace("_", ""), 2) + " (0b is binary)";
      }
      if (t.contains(":")) {
        BigInteger v = BigInteger.ZERO;
        for (String part : t.split(":")) {
          v = v.multiply(BigInteger.valueOf(60)).add(new BigInteger(part.replace("_", "")));
        }
        return "write " + v + " if you mean " + t + " in base 60, as YAML 1.1 reads it";
      }
      String digits = t.replace("_", "");
      String decimal = new BigInteger(digits).toString();
      if (digits.startsWith("0") && digits.matches("[0-7]+")) {
        return "write " + decimal + " (YAML 1.1 reads " + t + " as the octal number " + new BigInteger(digits, 8) + ")";
      }
      return "write " + decimal;
    } catch (NumberFormatException e) {
      return "write the number in decimal digits";
    }
  }

  private Integer number(Node node, KeyPath path, int max, String expected) {
    if (node instanceof ScalarNode scalar && (scalar.kind() == Kind.INTEGER || scalar.kind() == Kind.STRING)
        && scalar.text() != null && !PLAIN_DECIMAL.matcher(scalar.text().strip()).matches()
        && NOT_DECIMAL.matcher(scalar.text().strip()).matches()) {
      problems.add(node.location(), path, "number not written as a plain decimal", scalar.text(), expected
          + " in plain decimal digits; " + plainDecimal(scalar.text().strip()));
      return null;
    }
    if (!(node instanceof ScalarNode scalar) || scalar.kind() != Kind.INTEGER) {
      problems.wrongType(node, path, expected);
      return null;
    }
    BigInteger value = (BigInteger) scalar.value();
    if (value.signum() < 0) {
      problems.add(node.location(), path, "negative number", scalar.text(), expected);
      return null;
    }
    if (value.compareTo(BigInteger.valueOf(max)) > 0) {
      problems.add(node.location(), path, "number out of range", scalar.text(), expected
          + (max == Integer.MAX_VALUE ? " up to " + max : ""));
      return null;
    }
    return value.intValue();
  }

  private Boolean bool(Node node, KeyPath path) {
    if (node instanceof ScalarNode scalar && scalar.kind() == Kind.BOOLEAN) {
      return (Boolean) scalar.value();
    }
    problems.wrongType(node, path, "true or false");
    return null;
  }

  private LocalDate date(Node node, KeyPath path) {
    String expected = "an ISO date such as 2024-06-14";
    if (!(node instanceof ScalarNode scalar) || scalar.kind() == Kind.BOOLEAN) {
      problems.wrongType(node, path, expected);
      return null;
    }
    try {
      return LocalDate.parse(scalar.text());
    } catch (DateTimeParseException e) {
      problems.add(node.location(), path, "invalid date", scalar.text(), expected);
      return null;
    }
  }

  private Instant instant(Node node, KeyPath path) {
    String expected = "an ISO-8601 instant such as 2024-06-14T10:00:00Z";
    if (!(node instanceof ScalarNode scalar) || scalar.kind() == Kind.BOOLEAN) {
      problems.wrongType(node, path, expected);
      return null;
    }
    try {
      return Instant.parse(scalar.text());
    } catch (DateTimeParseException e) {
      problems.add(node.location(), path, "invalid instant", scalar.text(), expected);
      return null;
    }
  }

  private <E extends Enum<E>> E enumValue(Node node, Class<E> type, KeyPath path) {
    if (!(node instanceof ScalarNode scalar) || scalar.kind() == Kind.NULL) {
      problems.wrongType(node, path, "one of " + EnumNames.of(type).joined);
      return null;
    }
    E value = scalar.kind() == Kind.STRING ? EnumNames.constant(scalar.text(), type) : null;
    if (value == null) {
      EnumNames names = EnumNames.of(type);
      problems.add(node.location(), path, "unknown value", scalar.text(), "one of " + names.joined,
          Suggestions.closest(scalar.text(), names.names));
    }
    return value;
  }

  private RegionCode region(Node node, KeyPath path) {
    Set<RegionCode> group = regionGroup(node, path, Codes.REGION_EXPECTED);
    if (group != null && group.size() > 1) {
      problems.add(node.location(), path, "names several regions", Node.shown(node), "a single region");
      return null;
    }
    return group == null ? null : group.iterator().next();
  }

  private Set<RegionCode> regionGroup(Node node, KeyPath path, String expected) {
    if (!(node instanceof ScalarNode scalar) || scalar.kind() != Kind.STRING) {
      problems.wrongType(node, path, expected);
      return null;
    }
    Optional<Set<RegionCode>> group = Codes.regionGroup(scalar.text());
    if (group.isEmpty()) {
      problems.add(node.location(), path, "unknown region", scalar.text(), expected,
          Suggestions.closest(scalar.text(), Codes.regionSpellings()));
      return null;
    }
    return group.get();
  }

  private List<Territory> territories(Node node, KeyPath path) {
    String expected = Codes.REGION_GROUP_EXPECTED + ", or CADLR_PRE2022 (ORDLO)";
    if (!(node instanceof ScalarNode scalar) || scalar.kind() != Kind.STRING) {
      problems.wrongType(node, path, expected);
      return List.of();
    }
    Optional<Territory> one = Codes.territory(scalar.text());
    if (one.isPresent()) {
      return List.of(one.get());
    }
    Optional<Set<RegionCode>> group = Codes.regionGroup(scalar.text());
    if (group.isPresent()) {
      return group.get().stream().map(region -> Territory.valueOf(region.name())).toList();
    }
    List<String> spellings = new ArrayList<>(Codes.regionSpellings());
    spellings.add(Territory.CADLR_PRE2022.name());
    problems.add(node.location(), path, "unknown territory", scalar.text(), expected,
        Suggestions.closest(scalar.text(), spellings));
    return List.of();
  }

  private List<String> country(Node node, KeyPath path) {
    String code = string(node, path);
    if (code == null) {
      return List.of();
    }
    if (!Codes.COUNTRIES.contains(code)) {
      problems.add(node.location(), path, "unknown country code", code, Codes.COUNTRY_EXPECTED,
          Codes.suggestCountry(code));
      return List.of();
    }
    return List.of(code);
  }

  private List<String> conditionId(Node node, KeyPath path) {
    String id = string(node, path);
    if (id == null) {
      return List.of();
    }
    if (!Codes.isConditionId(id)) {
      problems.add(node.location(), path, "invalid condition id", id, Codes.CONDITION_ID_EXPECTED,
          Codes.suggestConditionId(id));
      return List.of();
    }
    return List.of(id);
  }

  // --- helpers ---------------------------------------------------------------------------------------------

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.kind() == Kind.NULL;
  }
}
