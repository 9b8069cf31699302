package dev.ceasefire.rules;

import dev.ceasefire.model.RegionState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Derived fact: where Russian forces stand against their positions of 23 February 2022
 * ({@code regions.*.ruBeyondFeb23Line}), for the regions a parameter names ({@code regions}, the parameter's name,
 * e.g. {@code UA-2022-03-29/ru-withdrawal-regions}). {@code back} and {@code unknown} count the named regions where
 * they are back behind the line, or where the scenario does not say; {@code beyond} counts every region where they
 * are beyond it, named or not: an advance into a region the list leaves out is beyond the line too.
 * {@code size} is the number of regions named. The names are for reasons.
 */
public record Feb23Line(String regions, int size, int back, int beyond, int unknown, String backIn,
    String beyondIn, String unknownIn) {

  /** Sorts {@code states} (every region's {@link RegionState}) against the {@code named} regions. */
  public static Feb23Line of(String regions, Collection<String> named, Collection<?> states) {
    List<String> back = new ArrayList<>();
    List<String> beyond = new ArrayList<>();
    List<String> unknown = new ArrayList<>(named);
    for (Object o : states) {
      RegionState s = (RegionState) o;
      String region = s.region().name();
      if (Boolean.TRUE.equals(s.ruBeyondFeb23Line())) {
        beyond.add(region);
      } else if (Boolean.FALSE.equals(s.ruBeyondFeb23Line()) && named.contains(region)) {
        back.add(region);
      }
      if (s.ruBeyondFeb23Line() != null) {
        unknown.remove(region);
      }
    }
    return new Feb23Line(regions, named.size(), back.size(), beyond.size(), unknown.size(), Fn.names(back),
        Fn.names(beyond), Fn.names(unknown));
  }
}
