package dev.ceasefire.rules;

import dev.ceasefire.model.Presence;
import dev.ceasefire.model.RegionState;
import java.util.Collection;
import java.util.List;

/**
 * Derived fact: in how many regions of a group a Ukrainian withdrawal has begun: forces leaving
 * ({@code uaTroopPresence: WITHDRAWING}) or a {@code withdrawalStartDate} stated, whatever the forces' state now.
 * {@code begunIn} names those regions (for reasons).
 */
public record GroupWithdrawalBegun(RegionGroup group, int size, int begun, String begunIn) {

  /** Counts the {@link RegionState} facts of one group. */
  public static GroupWithdrawalBegun of(RegionGroup group, Collection<?> states) {
    List<RegionState> begun = states.stream().map(RegionState.class::cast)
        .filter(s -> s.uaTroopPresence() == Presence.WITHDRAWING || s.withdrawalStartDate() != null).toList();
    return new GroupWithdrawalBegun(group, group.size(), begun.size(),
        Fn.names(begun.stream().map(RegionState::region).toList()));
  }
}
