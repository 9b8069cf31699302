package dev.ceasefire.rules;

import dev.ceasefire.model.Reading;
import java.util.List;

/**
 * The verdicts on every part of a composite under one reading, gathered by the shared rules once all exist, with
 * how many parts have each status: the shared rules judge the composite by these counts (weakest part).
 */
public record CompositeParts(String compositeId, Reading reading, List<String> parts, List<Verdict> verdicts,
    int met, int partial, int notMet, int unknown, int notApplicable) {

  public CompositeParts {
    verdicts = List.copyOf(verdicts);
  }

  /** Gathers the parts' verdicts (as the shared rules collect them) and counts them by status. */
  public static CompositeParts of(String compositeId, Reading reading, List<String> parts, List<?> verdicts) {
    StatusCount c = StatusCount.of(verdicts);
    return new CompositeParts(compositeId, reading, parts, c.verdicts(), c.met(), c.partial(), c.notMet(),
        c.unknown(), c.notApplicable());
  }
}
