package dev.ceasefire.analysis;

import java.time.Duration;

/** An analysis that ran past its time budget: stopped, with no answer, rather than holding a core for longer. */
public final class AnalysisTimeout extends RuntimeException {

  private final Duration budget;

  AnalysisTimeout(Duration budget, long evaluations) {
    super("the analysis ran past its time budget of " + budget.toMillis() / 1000.0 + " s after " + evaluations
        + " evaluations; narrow it (fewer changes, fixed facts, fewer values) and ask again");
    this.budget = budget;
  }

  public Duration budget() {
    return budget;
  }
}
