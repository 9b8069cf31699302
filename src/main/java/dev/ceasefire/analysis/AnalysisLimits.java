package dev.ceasefire.analysis;

import java.time.Duration;

/**
 * How much an analysis may ask for, checked before it starts: the changes a pathway may have, the points a sweep's
 * grid may hold, and the time it may run (null: no limit). The server's are tighter than the command line's.
 */
public record AnalysisLimits(int maxChanges, int maxGridPoints, Duration timeBudget) {

  /** The largest number of changes a pathway may have: the search grows combinatorially with it. */
  public static final int MAX_CHANGES = 8;

  /** The command line's: a sweep writes what it asked for; no time limit. */
  public static final AnalysisLimits COMMAND_LINE = new AnalysisLimits(MAX_CHANGES, 100_000, null);

  public AnalysisLimits {
    if (maxChanges < 1 || maxChanges > MAX_CHANGES) {
      throw new IllegalArgumentException("maxChanges must be 1.." + MAX_CHANGES + ", got " + maxChanges);
    }
    if (maxGridPoints < 1) {
      throw new IllegalArgumentException("maxGridPoints must be at least 1, got " + maxGridPoints);
    }
  }
}
