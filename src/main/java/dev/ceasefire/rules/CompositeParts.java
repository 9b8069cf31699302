package dev.ceasefire.rules;

import dev.ceasefire.model.Reading;
import java.util.List;

/** The verdicts on every part of a composite under one reading, gathered by the shared rules once all exist. */
public record CompositeParts(String compositeId, Reading reading, List<String> parts, List<Verdict> verdicts) {

  public CompositeParts {
    verdicts = List.copyOf(verdicts);
  }
}
