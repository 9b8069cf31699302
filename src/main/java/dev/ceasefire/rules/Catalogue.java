package dev.ceasefire.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every position and condition the rules know, in catalogue order (positions by date, then id), indexed by id:
 * the analyses look conditions up hundreds of thousands of times.
 */
public final class Catalogue {

  private final List<PositionInfo> positions;
  private final Map<String, List<ConditionInfo>> conditionsByPosition;
  private final Map<String, PositionInfo> positionsById = new LinkedHashMap<>();
  private final Map<String, ConditionInfo> conditionsById = new LinkedHashMap<>();
  private final List<ConditionInfo> all;

  public Catalogue(List<PositionInfo> positions, Map<String, List<ConditionInfo>> conditionsByPosition) {
    this.positions = List.copyOf(positions);
    this.conditionsByPosition = Collections.unmodifiableMap(new LinkedHashMap<>(conditionsByPosition));
    positions.forEach(p -> positionsById.put(p.id(), p));
    this.all = conditionsByPosition.values().stream().flatMap(List::stream).toList();
    all.forEach(c -> conditionsById.put(c.id(), c));
  }

  public List<PositionInfo> positions() {
    return positions;
  }

  public Map<String, List<ConditionInfo>> conditionsByPosition() {
    return conditionsByPosition;
  }

  public List<ConditionInfo> conditions(String positionId) {
    return conditionsByPosition.getOrDefault(positionId, List.of());
  }

  public List<ConditionInfo> allConditions() {
    return all;
  }

  public Optional<PositionInfo> position(String id) {
    return Optional.ofNullable(positionsById.get(id));
  }

  public Optional<ConditionInfo> condition(String id) {
    return Optional.ofNullable(conditionsById.get(id));
  }

  /** Every condition by id, in catalogue order (a copy). */
  public Map<String, ConditionInfo> byId() {
    return new LinkedHashMap<>(conditionsById);
  }
}
