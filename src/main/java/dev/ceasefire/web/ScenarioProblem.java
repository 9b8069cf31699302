package dev.ceasefire.web;

import dev.ceasefire.scenario.ScenarioException;
import java.util.function.UnaryOperator;

/**
 * A scenario read from part of a request that failed, with how its problems' pointers map into the request
 * document (a what-if's base sits under {@code /base}, its changes under {@code /changes}).
 */
final class ScenarioProblem extends RuntimeException {

  private final ScenarioException cause;
  private final UnaryOperator<String> pointers;

  ScenarioProblem(ScenarioException cause, UnaryOperator<String> pointers) {
    super(cause.getMessage(), cause, false, false);
    this.cause = cause;
    this.pointers = pointers;
  }

  ScenarioException scenarioException() {
    return cause;
  }

  UnaryOperator<String> pointers() {
    return pointers;
  }
}
