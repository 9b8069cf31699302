package dev.ceasefire.model;

import java.util.List;
import java.util.Map;

/**
 * What a scenario expects of one condition (output.md, "Expectations"). A bare status in the file sets only
 * {@code status}; the other fields are checked only when given.
 */
public record Expectation(
    Status status, Status lenientStatus, List<String> flags, Map<Party, Status> partyStatus) {

  public static Expectation of(Status status) {
    return new Expectation(status, null, null, null);
  }
}
