package dev.ceasefire.rules;

import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The verdicts on every point of a bundle under one reading, gathered by the shared rules once all exist, with how
 * many points have each status. The shared rules apply output.md's bundle table to these counts;
 * {@link #reasons()} names the points by status.
 */
public record BundlePoints(String bundleId, Reading reading, List<String> points, List<Verdict> verdicts, int met,
    int partial, int notMet, int unknown, int notApplicable) {

  public BundlePoints {
    verdicts = List.copyOf(verdicts);
  }

  /** Gathers the points' verdicts (as the shared rules collect them) and counts them by status. */
  public static BundlePoints of(String bundleId, Reading reading, List<String> points, List<?> verdicts) {
    StatusCount c = StatusCount.of(verdicts);
    return new BundlePoints(bundleId, reading, points, c.verdicts(), c.met(), c.partial(), c.notMet(),
        c.unknown(), c.notApplicable());
  }

  /**
   * "holds 2 of 5: a, b; fails 1: c; unknown 2: d, e" (NOT_APPLICABLE points named apart), then one line per
   * point with its status and first reason, in catalogue order.
   */
  public List<String> reasons() {
    List<Verdict> ordered = new ArrayList<>(verdicts);
    ordered.sort(Comparator.comparingInt(v -> points.indexOf(v.conditionId())));
    List<String> counts = new ArrayList<>();
    count(counts, ordered, "holds", Status.MET);
    count(counts, ordered, "partly holds", Status.PARTIAL);
    count(counts, ordered, "fails", Status.NOT_MET);
    count(counts, ordered, "unknown", Status.UNKNOWN);
    count(counts, ordered, "not applicable", Status.NOT_APPLICABLE);
    List<String> out = new ArrayList<>();
    out.add(points.size() + " points: " + String.join("; ", counts));
    for (Verdict v : ordered) {
      out.add("point " + v.conditionId() + ": " + v.status() + (v.reasons().isEmpty() ? "" : " (" + v.reasons().get(0)
          + ")"));
    }
    return out;
  }

  private static void count(List<String> out, List<Verdict> verdicts, String label, Status status) {
    List<String> slugs = verdicts.stream().filter(v -> v.status() == status)
        .map(v -> v.conditionId().substring(v.conditionId().indexOf('/') + 1)).toList();
    if (!slugs.isEmpty()) {
      out.add(label + " " + slugs.size() + ": " + String.join(", ", slugs));
    }
  }
}
