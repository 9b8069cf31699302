package dev.ceasefire.rules;

import java.util.Collection;
import java.util.List;

/**
 * Derived fact: how {@code side}'s forces stand across a group of regions, counted by state, with the regions in
 * each state named (for reasons). {@code size} is the number of regions in the group, so
 * {@code gone == size} reads "gone from every region of the group".
 */
public record GroupTroops(RegionGroup group, Side side, int size, int present, int leaving, int gone, int unknown,
    String presentIn, String leavingFrom, String goneFrom, String unknownIn) {

  /** Counts the {@link Troops} facts of one group and side. */
  public static GroupTroops of(RegionGroup group, Side side, Collection<?> troops) {
    List<Troops> all = troops.stream().map(Troops.class::cast).toList();
    return new GroupTroops(group, side, group.size(), count(all, TroopState.PRESENT), count(all, TroopState.LEAVING),
        count(all, TroopState.GONE), count(all, TroopState.UNKNOWN), names(all, TroopState.PRESENT),
        names(all, TroopState.LEAVING), names(all, TroopState.GONE), names(all, TroopState.UNKNOWN));
  }

  private static int count(List<Troops> troops, TroopState state) {
    int n = 0;
    for (Troops t : troops) {
      if (t.state() == state) {
        n++;
      }
    }
    return n;
  }

  private static String names(List<Troops> troops, TroopState state) {
    return Fn.names(troops.stream().filter(t -> t.state() == state).map(Troops::region).toList());
  }
}
