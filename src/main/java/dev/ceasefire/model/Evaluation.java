package dev.ceasefire.model;

import java.time.LocalDate;
import java.util.List;

/** One evaluation of one scenario: the JSON contract of output.md. */
public record Evaluation(
    ScenarioRef scenario, Mode mode, RulesInfo rules, List<PositionResult> positions, List<String> warnings) {

  /** The scenario an evaluation is of. */
  public record ScenarioRef(String id, String title, LocalDate asOfDate, String file) {}

  /**
   * Which rules answered: the digest of the rule files, what they hold, where they were read from and whether
   * the prebuilt executable model or freshly compiled DRL ran them.
   */
  public record RulesInfo(String digest, int positions, int conditions, String origin, String build) {}
}
