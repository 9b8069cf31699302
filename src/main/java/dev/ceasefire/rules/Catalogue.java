package dev.ceasefire.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every position and condition the rules know, in catalogue order (positions by date, then id). */
public record Catalogue(List<PositionInfo> positions, Map<String, List<ConditionInfo>> conditionsByPosition) {

  public List<ConditionInfo> conditions(String positionId) {
    return conditionsByPosition.getOrDefault(positionId, List.of());
  }

  public List<ConditionInfo> allConditions() {
    return conditionsByPosition.values().stream().flatMap(List::stream).toList();
  }

  public Optional<PositionInfo> position(String id) {
    return positions.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<ConditionInfo> condition(String id) {
    return allConditions().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Map<String, ConditionInfo> byId() {
    Map<String, ConditionInfo> map = new LinkedHashMap<>();
    allConditions().forEach(c -> map.put(c.id(), c));
    return map;
  }
}
