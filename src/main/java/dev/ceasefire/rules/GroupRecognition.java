package dev.ceasefire.rules;

import dev.ceasefire.model.Recognition;
import dev.ceasefire.model.RegionState;
import java.util.Collection;
import java.util.List;

/**
 * Derived fact: how far the regions of a group are recognised as Russian ({@code regions[r].recognitionAsRu}),
 * counted by grade, with the regions of each grade named (for reasons). A region the scenario leaves out is
 * {@code unknown}, never NONE. {@code size} is the number of regions in the group, so {@code treaty == size} reads
 * "every region of the group recognised by international treaty". Two sums read as the statements speak:
 * {@code recognised} (de facto or more) and {@code legal} (in law: de jure by Ukraine or by treaty).
 */
public record GroupRecognition(RegionGroup group, int size, int treaty, int deJure, int deFacto, int none,
    int unknown, int recognised, int legal, String treatyIn, String deJureIn, String deFactoIn, String noneIn,
    String unknownIn, String recognisedIn, String legallyIn) {

  /** Counts the {@link RegionState} facts of one group. */
  public static GroupRecognition of(RegionGroup group, Collection<?> states) {
    List<RegionState> all = states.stream().map(RegionState.class::cast).toList();
    int treaty = count(all, Recognition.INTERNATIONAL_TREATY);
    int deJure = count(all, Recognition.DE_JURE_BY_UA);
    int deFacto = count(all, Recognition.DE_FACTO);
    return new GroupRecognition(group, group.size(), treaty, deJure, deFacto, count(all, Recognition.NONE),
        count(all, null), treaty + deJure + deFacto, treaty + deJure, names(all, Recognition.INTERNATIONAL_TREATY),
        names(all, Recognition.DE_JURE_BY_UA), names(all, Recognition.DE_FACTO), names(all, Recognition.NONE),
        unknownNames(all), names(all, Recognition.INTERNATIONAL_TREATY, Recognition.DE_JURE_BY_UA,
            Recognition.DE_FACTO), names(all, Recognition.INTERNATIONAL_TREATY, Recognition.DE_JURE_BY_UA));
  }

  /** The regions by grade, for reasons: "by international treaty: …; de jure by Ukraine: …; …; not stated: …". */
  public String describe() {
    return "by international treaty: " + treatyIn + "; de jure by Ukraine: " + deJureIn + "; de facto only: "
        + deFactoIn + "; not recognised: " + noneIn + "; not stated: " + unknownIn;
  }

  private static int count(List<RegionState> states, Recognition grade) {
    int n = 0;
    for (RegionState s : states) {
      if (s.recognitionAsRu() == grade) {
        n++;
      }
    }
    return n;
  }

  private static String names(List<RegionState> states, Recognition... grades) {
    List<Recognition> wanted = List.of(grades);
    return Fn.names(states.stream().filter(s -> s.recognitionAsRu() != null && wanted.contains(s.recognitionAsRu()))
        .map(RegionState::region).toList());
  }

  private static String unknownNames(List<RegionState> states) {
    return Fn.names(states.stream().filter(s -> s.recognitionAsRu() == null).map(RegionState::region).toList());
  }
}
