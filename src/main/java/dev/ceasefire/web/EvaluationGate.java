package dev.ceasefire.web;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * Lets as many evaluations run at once as there are cores. Evaluating is pure CPU: more at once only adds
 * context switches, and each one in flight holds a Drools session of its own (the rule set's pool grows to the
 * highest concurrency seen and keeps every session). Requests beyond that wait here, briefly, in order of
 * arrival; the HTTP side (parsing, writing) is not gated.
 */
@Component
final class EvaluationGate {

  private final Semaphore permits;

  EvaluationGate() {
    this(Runtime.getRuntime().availableProcessors());
  }

  EvaluationGate(int permits) {
    this.permits = new Semaphore(permits, true);
  }

  <T> T run(Callable<T> work) throws Exception {
    permits.acquire();
    try {
      return work.call();
    } finally {
      permits.release();
    }
  }
}
