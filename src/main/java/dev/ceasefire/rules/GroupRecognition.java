package dev.ceasefire.rules;

import dev.ceasefire.model.Recognition;
import dev.ceasefire.model.RegionState;
import java.util.Collection;
import java.util.List;

/**
 * Derived fact: how far the regions of a group are recognised as Russian ({@code regions[r].recognitionAsRu}),
 * counted by kind, with the regions named (for reasons). {@code legal} counts the regions recognised in law
 * (DE_JURE_BY_UA or INTERNATIONAL_TREATY); {@code size} is the number of regions in the group, so
 * {@code none + deFacto == size} reads "no region of the group is recognised in law".
 */
public record GroupRecognition(RegionGroup group, int size, int none, int deFacto, int legal, int unknown,
    String legallyIn, String deFactoIn, String unknownIn) {

  /** Counts the {@link RegionState}s of one group. */
  public static GroupRecognition of(RegionGroup group, Collection<?> states) {
    List<RegionState> all = states.stream().map(RegionState.class::cast).toList();
    List<Object> none = names(all, Recognition.NONE);
    List<Object> deFacto = names(all, Recognition.DE_FACTO);
    List<Object> legal = all.stream()
        .filter(s -> s.recognitionAsRu() == Recognition.DE_JURE_BY_UA
            || s.recognitionAsRu() == Recognition.INTERNATIONAL_TREATY)
        .map(s -> (Object) s.region()).toList();
    List<Object> unknown = names(all, null);
    return new GroupRecognition(group, group.size(), none.size(), deFacto.size(), legal.size(), unknown.size(),
        Fn.names(legal), Fn.names(deFacto), Fn.names(unknown));
  }

  private static List<Object> names(List<RegionState> states, Recognition recognition) {
    return states.stream().filter(s -> s.recognitionAsRu() == recognition).map(s -> (Object) s.region()).toList();
  }
}
