package dev.ceasefire.web;

import dev.ceasefire.analysis.AnalysisException;
import dev.ceasefire.analysis.AnalysisLimits;
import dev.ceasefire.analysis.AnalysisTimeout;
import dev.ceasefire.analysis.Analyses;
import dev.ceasefire.rules.Evaluator;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs the analyses of every request on one pool the server owns (shut down with it), one analysis per core at
 * once: a request that finds every core busy waits briefly, then is refused with 429 and Retry-After. Each
 * analysis runs within the server's limits and stops at its time budget.
 */
@Component
final class AnalysisRunner implements AutoCloseable {

  private final ForkJoinPool pool;
  private final Semaphore permits;
  private final AnalysisLimits limits;
  private final long queueWaitMillis;

  AnalysisRunner(ServerProperties properties) {
    int cores = Runtime.getRuntime().availableProcessors();
    ServerProperties.AnalysisSettings s = properties.analyses();
    this.pool = new ForkJoinPool(cores);
    this.permits = new Semaphore(cores, true);
    this.limits = new AnalysisLimits(AnalysisLimits.MAX_CHANGES, s.maxGridPoints(), s.timeBudget());
    this.queueWaitMillis = s.queueWait().toMillis();
  }

  AnalysisLimits limits() {
    return limits;
  }

  <T> T run(Evaluator evaluator, Function<Analyses, T> work) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(queueWaitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      int retry = (int) Math.max(1, limits.timeBudget() == null ? 5 : limits.timeBudget().toSeconds() / 4);
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, Problems.BUSY,
          "every core is running an analysis; ask again in " + retry + " s", Map.of("retryAfter", retry));
    }
    try {
      return work.apply(new Analyses(evaluator, pool, limits));
    } catch (AnalysisTimeout e) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, Problems.TOO_EXPENSIVE, e.getMessage(),
          Map.of("timeBudgetSeconds", e.budget().toSeconds()));
    } catch (AnalysisException e) {
      throw ApiException.invalidRequest("", e.getMessage());
    } finally {
      permits.release();
    }
  }

  /** Shuts the pool down with the server. */
  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** For tests: how many analyses could start now. */
  int free() {
    return permits.availablePermits();
  }
}
