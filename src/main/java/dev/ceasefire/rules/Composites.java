package dev.ceasefire.rules;

import java.util.Comparator;
import java.util.List;

/** Wording of a composite's reasons: which parts hold and which do not. The status itself is the rules'. */
public final class Composites {

  private Composites() {}

  /** One reason per part, in catalogue order of the parts: "part <id>: <STATUS> (<its first reason>)". */
  public static List<String> reasons(List<String> parts, List<?> verdicts) {
    return verdicts.stream().map(Verdict.class::cast)
        .sorted(Comparator.comparingInt(v -> parts.indexOf(v.conditionId())))
        .map(v -> "part " + v.conditionId() + ": " + v.status()
            + (v.reasons().isEmpty() ? "" : " (" + v.reasons().get(0) + ")"))
        .toList();
  }
}
