package dev.ceasefire.rules;

import dev.ceasefire.model.GroundActivity;
import dev.ceasefire.model.RuMilitaryActivity;
import dev.ceasefire.model.StrikeActivity;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Derived fact: how Russia's military activity stands across the axes of {@code ruMilitaryActivity} (Kyiv,
 * Chernihiv), ground operations and long-range strikes kept apart, counted by axis. {@code size} is the number of
 * axes. {@code groundDown}: ground operations REDUCED or CEASED; {@code groundBaseline}: at BASELINE;
 * {@code groundUnknown}: not stated. {@code reduced}: ground down and strikes not ONGOING (REDUCED or NONE);
 * {@code fallingShort}: ground at BASELINE or strikes ONGOING; {@code incomplete}: ground or strikes not stated.
 * {@code described} is for reasons: "KYIV_AXIS: ground CEASED, strikes ONGOING; …", in axis order.
 */
public record AxesActivity(int size, int groundDown, int groundBaseline, int groundUnknown, int reduced,
    int fallingShort, int incomplete, String described) {

  /** Counts the {@link RuMilitaryActivity} facts, one per axis. */
  public static AxesActivity of(Collection<?> activities) {
    List<RuMilitaryActivity> all = activities.stream().map(RuMilitaryActivity.class::cast).toList();
    int groundDown = 0;
    int groundBaseline = 0;
    int groundUnknown = 0;
    int reduced = 0;
    int fallingShort = 0;
    int incomplete = 0;
    TreeMap<Object, String> byAxis = new TreeMap<>();
    for (RuMilitaryActivity a : all) {
      boolean down = a.ground() == GroundActivity.REDUCED || a.ground() == GroundActivity.CEASED;
      boolean strikesDown = a.strikes() == StrikeActivity.REDUCED || a.strikes() == StrikeActivity.NONE;
      groundDown += down ? 1 : 0;
      groundBaseline += a.ground() == GroundActivity.BASELINE ? 1 : 0;
      groundUnknown += a.ground() == null ? 1 : 0;
      reduced += down && strikesDown ? 1 : 0;
      fallingShort += a.ground() == GroundActivity.BASELINE || a.strikes() == StrikeActivity.ONGOING ? 1 : 0;
      incomplete += a.ground() == null || a.strikes() == null ? 1 : 0;
      byAxis.put(a.axis(), a.axis() + ": ground " + (a.ground() == null ? "not stated" : a.ground().name())
          + ", strikes " + (a.strikes() == null ? "not stated" : a.strikes().name()));
    }
    return new AxesActivity(all.size(), groundDown, groundBaseline, groundUnknown, reduced, fallingShort, incomplete,
        String.join("; ", byAxis.values()));
  }
}
