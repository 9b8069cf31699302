package dev.ceasefire.analysis;

import dev.ceasefire.analysis.FactSpace.Leaf;
import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Facts;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.rules.Evaluator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks the rules: a base scenario plus a set of leaf changes is evaluated by the real {@link Evaluator} (in
 * ALL_POSITIONS mode, for the positions in question only) and its statuses kept, once per distinct change set.
 * Batches run on a small pool with one thread per core. Every status an analysis reports comes from here.
 */
final class Oracle {

  /** What the rules said about one assignment: both readings of every condition, and whether it is coherent. */
  record Outcome(Map<String, Status> strict, Map<String, Status> lenient, List<String> incoherence) {

    Status status(String conditionId, Reading reading) {
      return (reading == Reading.LENIENT ? lenient : strict).get(conditionId);
    }

    boolean coherent() {
      return incoherence.isEmpty();
    }
  }

  static final String INCOHERENT = "INCOHERENT_FACTS";

  private final Evaluator evaluator;
  private final FactSpace space;
  private final Scenario base;
  private final Set<String> positions;
  private final ForkJoinPool pool;
  private final Map<Map<String, Object>, Outcome> cache = new ConcurrentHashMap<>();
  private final AtomicLong evaluations = new AtomicLong();

  Oracle(Evaluator evaluator, FactSpace space, Scenario base, Set<String> positions, ForkJoinPool pool) {
    this.evaluator = evaluator;
    this.space = space;
    this.base = base;
    this.positions = Set.copyOf(positions);
    this.pool = pool;
  }

  FactSpace space() {
    return space;
  }

  Scenario base() {
    return base;
  }

  Facts baseFacts() {
    return base.facts() == null ? Facts.none() : base.facts();
  }

  long evaluations() {
    return evaluations.get();
  }

  Outcome outcome(Map<Leaf, Object> changes) {
    Map<String, Object> key = key(changes);
    Outcome cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    Evaluation e = evaluate(changes, positions);
    Map<String, Status> strict = new HashMap<>();
    Map<String, Status> lenient = new HashMap<>();
    e.positions().forEach(p -> p.conditions().forEach(c -> {
      strict.put(c.id(), c.status());
      lenient.put(c.id(), c.lenientStatus());
    }));
    List<String> incoherent = e.warnings().stream().filter(w -> w.startsWith(INCOHERENT)).toList();
    Outcome o = new Outcome(strict, lenient, incoherent);
    cache.put(key, o);
    return o;
  }

  /**
   * {@code work} applied to every item, on every core; the order of the answer is the order of the items. The
   * work may ask for single {@link #outcome}s, not for batches (a batch from inside the pool would wait on it).
   */
  <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> work) {
    if (items.size() < 2 || pool.getParallelism() < 2) {
      return items.stream().map(work).toList();
    }
    try {
      return pool.submit(() -> items.parallelStream().map(work).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** Outcomes of many assignments, on every core; the order of the answer is the order asked. */
  List<Outcome> outcomes(List<Map<Leaf, Object>> batch) {
    return batch.size() < 4 ? batch.stream().map(this::outcome).toList() : map(batch, this::outcome);
  }

  /** One full evaluation of the base with the changes, for the positions named (empty: every position). */
  Evaluation evaluate(Map<Leaf, Object> changes, Set<String> judged) {
    evaluations.incrementAndGet();
    return evaluator.evaluate(scenario(changes), Mode.ALL_POSITIONS, judged);
  }

  Scenario scenario(Map<Leaf, Object> changes) {
    Facts facts = space.with(baseFacts(), changes);
    return new Scenario(base.id(), base.title(), base.description(), base.asOfDate(), facts, Map.of(), base.source());
  }

  static ConditionResult find(Evaluation e, String id) {
    return e.positions().stream().flatMap(p -> p.conditions().stream()).filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> key(Map<Leaf, Object> changes) {
    Map<String, Object> key = new LinkedHashMap<>();
    changes.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.path().compareTo(b.path())))
        .forEach(e -> key.put(e.getKey().path(), e.getValue() == null ? "∅null" : e.getValue()));
    return key;
  }
}
