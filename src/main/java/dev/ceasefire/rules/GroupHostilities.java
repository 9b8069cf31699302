package dev.ceasefire.rules;

import dev.ceasefire.model.RegionState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Derived fact: where hostilities go on ({@code regions.*.hostilities}) across a group of regions: how many of
 * its regions have them, are quiet, or are not stated by the scenario (never read as quiet). {@code size} is the
 * number of regions in the group. The names are for reasons.
 */
public record GroupHostilities(RegionGroup group, int size, int active, int quiet, int unknown, String activeIn,
    String unknownIn) {

  /** Counts the {@link RegionState} facts of one group. */
  public static GroupHostilities of(RegionGroup group, Collection<?> states) {
    List<String> active = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    int quiet = 0;
    for (RegionState s : states.stream().map(RegionState.class::cast).toList()) {
      if (s.hostilities() == null) {
        unknown.add(s.region().name());
      } else if (s.hostilities()) {
        active.add(s.region().name());
      } else {
        quiet++;
      }
    }
    return new GroupHostilities(group, group.size(), active.size(), quiet, unknown.size(), Fn.names(active),
        Fn.names(unknown));
  }
}
