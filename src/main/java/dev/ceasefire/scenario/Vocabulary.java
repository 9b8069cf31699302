package dev.ceasefire.scenario;

import dev.ceasefire.model.Facts;
import dev.ceasefire.model.RegionCode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario vocabulary as data, derived from the model records the reader binds: every fact group, its
 * fields, their types and allowed values. The workshop page builds its fact editor from it, so a field added
 * to the model appears there with no change to the page.
 */
public record Vocabulary(List<Group> groups) {

  /** A group under {@code facts}: an object, or a map from an enum key (regions, cities, axes) to objects. */
  public record Group(String name, String kind, List<String> keys, List<Field> fields) {}

  /**
   * One field. {@code type} is enum, boolean, integer, date, instant, text, enum-set, country-set,
   * condition-set or enum-map; {@code values} are the allowed values (for country sets, the usual ones: any
   * ISO 3166-1 alpha-3 code is accepted); {@code keys} are an enum-map's keys.
   */
  public record Field(String name, String type, List<String> values, List<String> keys) {}

  /** Countries named in the positions' guarantor and party lists, offered first in a country set. */
  public static final List<String> USUAL_COUNTRIES =
      List.of("UKR", "RUS", "USA", "GBR", "FRA", "DEU", "CHN", "TUR", "CAN", "ITA", "POL", "ISR", "BLR", "JPN");

  private static final Set<String> COUNTRY_SETS = Set.of("GuaranteeArrangement.guarantors",
      "GuaranteeArrangement.ratifiedBy", "GuaranteeArrangement.bilateralPartners", "Settlement.parties");

  private static final Set<String> KEY_FIELDS = Set.of("RegionState.region", "CityState.city", "RuMilitaryActivity.axis");

  public static Vocabulary describe() {
    List<Group> groups = new ArrayList<>();
    for (RecordComponent c : Facts.class.getRecordComponents()) {
      if (c.getGenericType() instanceof ParameterizedType map && map.getRawType() == Map.class) {
        Class<?> key = (Class<?>) map.getActualTypeArguments()[0];
        Class<?> value = (Class<?>) map.getActualTypeArguments()[1];
        groups.add(new Group(c.getName(), "map", names(key), fields(value)));
      } else {
        groups.add(new Group(c.getName(), "object", List.of(), fields(c.getType())));
      }
    }
    return new Vocabulary(List.copyOf(groups));
  }

  private static List<Field> fields(Class<?> record) {
    List<Field> fields = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      String qualified = record.getSimpleName() + "." + c.getName();
      if (!KEY_FIELDS.contains(qualified)) {
        fields.add(field(qualified, c.getName(), c.getGenericType()));
      }
    }
    return List.copyOf(fields);
  }

  private static Field field(String qualified, String name, Type type) {
    if (COUNTRY_SETS.contains(qualified)) {
      return new Field(name, "country-set", USUAL_COUNTRIES, List.of());
    }
    if (qualified.equals("Settlement.contains")) {
      return new Field(name, "condition-set", List.of(), List.of());
    }
    if (type instanceof ParameterizedType generic) {
      Type[] args = generic.getActualTypeArguments();
      if (generic.getRawType() == Set.class) {
        return new Field(name, "enum-set", names((Class<?>) args[0]), List.of());
      }
      return new Field(name, "enum-map", names((Class<?>) args[1]), names((Class<?>) args[0]));
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isEnum()) {
      return new Field(name, "enum", names(raw), List.of());
    }
    String simple = raw == Boolean.class ? "boolean" : raw == Integer.class ? "integer"
        : raw == LocalDate.class ? "date" : raw == Instant.class ? "instant" : "text";
    return new Field(name, simple, List.of(), List.of());
  }

  private static List<String> names(Class<?> type) {
    if (type == RegionCode.class || type.isEnum()) {
      return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }
    return List.of();
  }
}
