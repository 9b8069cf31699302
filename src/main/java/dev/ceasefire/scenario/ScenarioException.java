package dev.ceasefire.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that could not be read: every problem found, each rendered on one line by {@link #getMessage()},
 * ready for a CLI to print or a REST API to return as problem details.
 */
public final class ScenarioException extends Exception {

  private final List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(null, null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public ScenarioException(Problem problem) {
    this(List.of(problem));
  }

  /** The problems in the order found (document order, mostly). */
  public List<Problem> problems() {
    return problems;
  }

  @Override
  public String getMessage() {
    return problems.stream().map(Problem::render).collect(Collectors.joining(System.lineSeparator()));
  }
}
