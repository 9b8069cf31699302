package dev.ceasefire.rules;

import dev.ceasefire.model.Recognition;
import dev.ceasefire.model.RegionState;
import java.util.Collection;
import java.util.List;

/**
 * Derived fact: how far the regions of a group are recognised as Russian ({@code regions[r].recognitionAsRu}),
 * counted by grade, with the regions of each grade named (for reasons). A region the scenario leaves out is
 * {@code unknown}, never NONE. {@code size} is the number of regions in the group, so {@code treaty == size} reads
 * "every region of the group recognised by international treaty".
 */
public record GroupRecognition(RegionGroup group, int size, int treaty, int deJure, int deFacto, int none,
    int unknown, String treatyIn, String deJureIn, String deFactoIn, String noneIn, String unknownIn) {

  /** Counts the {@link RegionState} facts of one group. */
  public static GroupRecognition of(RegionGroup group, Collection<?> states) {
    List<RegionState> all = states.stream().map(RegionState.class::cast).toList();
    return new GroupRecognition(group, group.size(), count(all, Recognition.INTERNATIONAL_TREATY),
        count(all, Recognition.DE_JURE_BY_UA), count(all, Recognition.DE_FACTO), count(all, Recognition.NONE),
        count(all, null), names(all, Recognition.INTERNATIONAL_TREATY), names(all, Recognition.DE_JURE_BY_UA),
        names(all, Recognition.DE_FACTO), names(all, Recognition.NONE), names(all, null));
  }

  /** The regions by grade, for reasons: "by treaty: …; de jure by Ukraine: …; de facto: …; none: …; not stated: …". */
  public String describe() {
    return "by international treaty: " + treatyIn + "; de jure by Ukraine: " + deJureIn + "; de facto only: "
        + deFactoIn + "; not recognised: " + noneIn + "; not stated: " + unknownIn;
  }

  private static int count(List<RegionState> states, Recognition grade) {
    return (int) states.stream().filter(s -> s.recognitionAsRu() == grade).count();
  }

  private static String names(List<RegionState> states, Recognition grade) {
    return Fn.names(states.stream().filter(s -> s.recognitionAsRu() == grade).map(RegionState::region).toList());
  }
}
