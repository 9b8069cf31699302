package dev.ceasefire.analysis;

import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.TestRules;

/** One {@link Analyses} over the repository's rules, shared by the analysis tests of one JVM. */
final class AnalysesFixture {

  private static Analyses analyses;

  private AnalysesFixture() {}

  static synchronized Analyses analyses() {
    if (analyses == null) {
      analyses = new Analyses(new Evaluator(TestRules.rules()));
    }
    return analyses;
  }
}
