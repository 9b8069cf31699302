package dev.ceasefire.rules;

import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Status;
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

  public CompositeParts(String compositeId, Reading reading, List<String> parts, List<?> verdicts) {
    this(compositeId, reading, parts, verdicts.stream().map(Verdict.class::cast).toList(),
        StatusCount.of(cast(verdicts), Status.MET), StatusCount.of(cast(verdicts), Status.PARTIAL),
        StatusCount.of(cast(verdicts), Status.NOT_MET), StatusCount.of(cast(verdicts), Status.UNKNOWN),
        StatusCount.of(cast(verdicts), Status.NOT_APPLICABLE));
  }

  static List<Verdict> cast(List<?> verdicts) {
    return verdicts.stream().map(Verdict.class::cast).toList();
  }
}
