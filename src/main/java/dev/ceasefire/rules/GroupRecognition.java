package dev.ceasefire.rules;

import dev.ceasefire.model.Recognition;
import dev.ceasefire.model.RegionState;
import java.util.Collection;
import java.util.List;

/**
 * Derived fact: how far the regions of a group are recognised as Russian ({@code regions.*.recognitionAsRu}),
 * counted by level, with the regions at each level named (for reasons). {@code size} is the number of regions in
 * the group, so {@code none == size} reads "no region of the group is recognised as Russian"; a region the
 * scenario leaves out counts as {@code unknown}, never as {@code none}.
 */
public record GroupRecognition(RegionGroup group, int size, int none, int deFacto, int byUkraine, int byTreaty,
    int unknown, String deFactoIn, String byUkraineIn, String byTreatyIn, String unknownIn) {

  /** Counts the {@link RegionState} facts of one group. */
  public static GroupRecognition of(RegionGroup group, Collection<?> states) {
    List<RegionState> all = states.stream().map(RegionState.class::cast).toList();
    return new GroupRecognition(group, group.size(), count(all, Recognition.NONE), count(all, Recognition.DE_FACTO),
        count(all, Recognition.DE_JURE_BY_UA), count(all, Recognition.INTERNATIONAL_TREATY), count(all, null),
        names(all, Recognition.DE_FACTO), names(all, Recognition.DE_JURE_BY_UA),
        names(all, Recognition.INTERNATIONAL_TREATY), names(all, null));
  }

  private static int count(List<RegionState> states, Recognition level) {
    int n = 0;
    for (RegionState s : states) {
      if (s.recognitionAsRu() == level) {
        n++;
      }
    }
    return n;
  }

  private static String names(List<RegionState> states, Recognition level) {
    return Fn.names(states.stream().filter(s -> s.recognitionAsRu() == level).map(RegionState::region).toList());
  }
}
