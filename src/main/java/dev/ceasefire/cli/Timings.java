package dev.ceasefire.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Start-up phases on stderr when {@code CEASEFIRE_TIMINGS} is set: milliseconds since the JVM started. Used to
 * see where a cold start goes; silent otherwise.
 */
final class Timings {

  private final PrintWriter err;
  private final boolean on = System.getenv("CEASEFIRE_TIMINGS") != null;

  Timings(PrintWriter err) {
    this.err = err;
    mark("command started");
  }

  void mark(String phase) {
    if (on) {
      err.printf("timing: %5d ms  %s%n", ManagementFactory.getRuntimeMXBean().getUptime(), phase);
      err.flush();
    }
  }

  <T> T time(String what, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    if (on) {
      mark(what + " loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
    return result;
  }

  /** The future's value, with the exception the work threw rather than a wrapper. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
