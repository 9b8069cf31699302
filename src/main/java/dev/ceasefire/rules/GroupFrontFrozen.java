package dev.ceasefire.rules;

import dev.ceasefire.model.RegionState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Derived fact: across a group of regions, in how many the front is frozen ({@code frontFrozen} true), in how many
 * it is not (false), and in how many the scenario does not say; {@code size} is the number of regions in the
 * group, so {@code frozen == size} reads "frozen in every region of the group". The names are for reasons.
 */
public record GroupFrontFrozen(RegionGroup group, int size, int frozen, int notFrozen, int unknown, String frozenIn,
    String notFrozenIn, String unknownIn) {

  /** Counts the {@link RegionState}s of one group. */
  public static GroupFrontFrozen of(RegionGroup group, Collection<?> states) {
    List<Object> frozen = new ArrayList<>();
    List<Object> notFrozen = new ArrayList<>();
    List<Object> unknown = new ArrayList<>();
    for (Object o : states) {
      RegionState s = (RegionState) o;
      Boolean f = s.frontFrozen();
      (f == null ? unknown : f ? frozen : notFrozen).add(s.region());
    }
    return new GroupFrontFrozen(group, group.size(), frozen.size(), notFrozen.size(), unknown.size(),
        Fn.names(frozen), Fn.names(notFrozen), Fn.names(unknown));
  }
}
