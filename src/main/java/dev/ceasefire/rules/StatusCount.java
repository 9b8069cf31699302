package dev.ceasefire.rules;

import dev.ceasefire.model.Status;
import java.util.List;

/** How many of some verdicts have a status: the counts the shared rules judge gates and bundles by. */
final class StatusCount {

  private StatusCount() {}

  static int of(List<Verdict> verdicts, Status status) {
    int n = 0;
    for (Verdict v : verdicts) {
      if (v.status() == status) {
        n++;
      }
    }
    return n;
  }
}
