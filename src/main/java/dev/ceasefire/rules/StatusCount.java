package dev.ceasefire.rules;

import dev.ceasefire.model.Status;
import java.util.List;

/** How many of some verdicts have each status: the counts the shared rules judge gates and bundles by. */
record StatusCount(List<Verdict> verdicts, int met, int partial, int notMet, int unknown, int notApplicable) {

  /** The verdicts (as Drools collects them, untyped) and their counts, in one pass. */
  static StatusCount of(List<?> collected) {
    List<Verdict> verdicts = collected.stream().map(Verdict.class::cast).toList();
    int[] n = new int[Status.values().length];
    for (Verdict v : verdicts) {
      n[v.status().ordinal()]++;
    }
    return new StatusCount(verdicts, n[Status.MET.ordinal()], n[Status.PARTIAL.ordinal()],
        n[Status.NOT_MET.ordinal()], n[Status.UNKNOWN.ordinal()], n[Status.NOT_APPLICABLE.ordinal()]);
  }
}
