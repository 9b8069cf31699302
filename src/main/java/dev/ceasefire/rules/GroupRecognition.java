package dev.ceasefire.rules;

import dev.ceasefire.model.RegionState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Derived fact: across a group of regions, how far each is recognised as Russian ({@code recognitionAsRu}),
 * counted by level: {@code recognised} counts every level above NONE (DE_FACTO and more), {@code deJure} the
 * levels above DE_FACTO (DE_JURE_BY_UA, INTERNATIONAL_TREATY), {@code none} the regions not recognised, and
 * {@code unknown} those the scenario does not state; {@code size} is the number of regions in the group. The names
 * are for reasons.
 */
public record GroupRecognition(RegionGroup group, int size, int recognised, int deJure, int none, int unknown,
    String recognisedIn, String noneIn, String unknownIn) {

  /** Counts the {@link RegionState}s of one group. */
  public static GroupRecognition of(RegionGroup group, Collection<?> states) {
    List<Object> recognised = new ArrayList<>();
    List<Object> none = new ArrayList<>();
    List<Object> unknown = new ArrayList<>();
    int deJure = 0;
    for (Object o : states) {
      RegionState s = (RegionState) o;
      if (s.recognitionAsRu() == null) {
        unknown.add(s.region());
      } else {
        switch (s.recognitionAsRu()) {
          case NONE -> none.add(s.region());
          case DE_FACTO -> recognised.add(s.region());
          case DE_JURE_BY_UA, INTERNATIONAL_TREATY -> {
            recognised.add(s.region());
            deJure++;
          }
        }
      }
    }
    return new GroupRecognition(group, group.size(), recognised.size(), deJure, none.size(), unknown.size(),
        Fn.names(recognised), Fn.names(none), Fn.names(unknown));
  }
}
