package dev.ceasefire.web;

import dev.ceasefire.analysis.WhatIf;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.RuleFiles;
import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.rules.RulesException;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in service. A request takes {@link #current()} once and uses it throughout, so a reload never
 * mixes two rule sets in one answer. With watching on, changes under the rules folder are compiled on a
 * background thread after a short quiet period and swapped in atomically; a failed compile keeps the last good
 * rules and is kept as {@link #lastError()}. Rules come only from the operator's folder, never over HTTP.
 */
final class RulesHolder implements AutoCloseable {

  /** One rule set with what the requests need of it, made once per load. */
  record Loaded(RuleSet rules, Evaluator evaluator, WhatIf whatIf, Instant loadedAt) {
    static Loaded of(RuleSet rules) {
      Evaluator evaluator = new Evaluator(rules);
      return new Loaded(rules, evaluator, new WhatIf(evaluator), Instant.now());
    }
  }

  /** Why the last reload failed: every message (Drools' with file and line), and when. */
  record ReloadError(List<String> messages, Instant at) {}

  private static final Logger LOG = LoggerFactory.getLogger(RulesHolder.class);

  /** Editors write a file in several steps: wait this long without events before compiling. */
  static final long DEBOUNCE_MILLIS = 300;

  /** An evaluation takes milliseconds; a replaced rule set is freed only after this, when none can be in use. */
  static final long DISPOSE_AFTER_SECONDS = 30;

  private final AtomicReference<Loaded> current;
  private final AtomicReference<ReloadError> lastError = new AtomicReference<>();
  /** When the rule files were seen to differ from the rules in service and are being compiled; else null. */
  private final AtomicReference<Instant> compilingSince = new AtomicReference<>();
  private final Path folder;
  private final boolean watching;
  private final ScheduledExecutorService disposer;
  private final WatchService watchService;
  private final Thread watcher;

  RulesHolder(RuleSet initial, Path folder, boolean watch) {
    this.current = new AtomicReference<>(Loaded.of(initial));
    this.folder = folder;
    this.watching = watch && folder != null;
    this.disposer = Executors.newSingleThreadScheduledExecutor(daemon("ceasefire-rules-dispose"));
    if (watching) {
      try {
        watchService = folder.getFileSystem().newWatchService();
        folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      } catch (IOException e) {
        throw new RulesException(folder + ": cannot watch the rules folder: " + e.getMessage());
      }
      watcher = daemon("ceasefire-rules-watch").newThread(this::watch);
      watcher.start();
      LOG.info("Watching {} for rule changes", folder);
    } else {
      watchService = null;
      watcher = null;
    }
  }

  Loaded current() {
    return current.get();
  }

  ReloadError lastError() {
    return lastError.get();
  }

  /** Since when changed rule files are being compiled, or null when no reload is under way. */
  Instant compilingSince() {
    return compilingSince.get();
  }

  boolean watching() {
    return watching;
  }

  private void watch() {
    try {
      while (true) {
        drain(watchService.take());
        WatchKey more;
        while ((more = watchService.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        reload();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  /** Compiles the folder's rules now and swaps them in, unless they are unchanged; never throws. */
  void reload() {
    try {
      RuleFiles files = RuleFiles.fromDirectory(folder);
      if (files.digest().equals(current.get().rules().digest())) {
        // the files are the rules in service again (a broken edit undone): nothing failed any more
        lastError.set(null);
        return;
      }
      compilingSince.set(Instant.now());
      long start = System.nanoTime();
      Loaded next = Loaded.of(RuleSet.load(files));
      Loaded old = current.getAndSet(next);
      lastError.set(null);
      LOG.info("Rules reloaded from {}: {} ({}, {} ms)", folder, next.rules().digest(), next.rules().build(),
          (System.nanoTime() - start) / 1_000_000);
      disposer.schedule(old.rules()::dispose, DISPOSE_AFTER_SECONDS, TimeUnit.SECONDS);
    } catch (RulesException e) {
      fail(e.messages());
    } catch (RuntimeException | LinkageError e) {
      LOG.error("Rules reload failed unexpectedly", e);
      fail(List.of(String.valueOf(e)));
    } finally {
      compilingSince.set(null);
    }
  }

  private void fail(List<String> messages) {
    lastError.set(new ReloadError(List.copyOf(messages), Instant.now()));
    LOG.warn("Rules reload failed; still serving {}:{}{}", current.get().rules().digest(), System.lineSeparator(),
        String.join(System.lineSeparator(), messages));
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.interrupt();
      try {
        watchService.close();
      } catch (IOException e) {
        LOG.debug("closing the watch service", e);
      }
    }
    disposer.shutdownNow();
    current.get().rules().dispose();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    };
  }
}
