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
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * A caller that reads only some conditions says which: they are then evaluated on a rule base of those conditions'
 * rules (and those their verdicts depend on) only, which gives the same verdicts for a fraction of the work (the
 * analyses ask about one or two conditions thousands of times). Batches run on a small pool with one thread per
 * core. Every status an analysis reports comes from here.
 */
final class Oracle {

  /**
   * What the rules said about one assignment: both readings of the conditions evaluated, and whether it is
   * coherent (the shared coherence rules are in every evaluation).
   */
  record Outcome(Map<String, Status> strict, Map<String, Status> lenient, List<String> incoherence) {

    Status status(String conditionId, Reading reading) {
      Status s = (reading == Reading.LENIENT ? lenient : strict).get(conditionId);
      if (s == null) {
        throw new IllegalStateException(conditionId + " was not evaluated here (evaluated: " + strict.keySet() + ")");
      }
      return s;
    }

    boolean coherent() {
      return incoherence.isEmpty();
    }

    boolean covers(Collection<String> conditions) {
      return strict.keySet().containsAll(conditions);
    }
  }

  static final String INCOHERENT = "INCOHERENT_FACTS";

  private final Evaluator evaluator;
  private final FactSpace space;
  private final Scenario base;
  private final Set<String> positions;
  /** Every condition of the positions: what an outcome asked for without naming conditions covers. */
  private final Set<String> all;
  private final ForkJoinPool pool;
  /** Per change set, the outcomes evaluated so far (for different sets of conditions). */
  private final Map<Map<String, Object>, List<Outcome>> cache = new ConcurrentHashMap<>();
  private final AtomicLong evaluations = new AtomicLong();
  /** When the analysis must stop (System.nanoTime), or null: no time budget. */
  private final Duration budget;
  private final long deadline;

  Oracle(Evaluator evaluator, FactSpace space, Scenario base, Set<String> positions, ForkJoinPool pool) {
    this(evaluator, space, base, positions, pool, null);
  }

  Oracle(Evaluator evaluator, FactSpace space, Scenario base, Set<String> positions, ForkJoinPool pool,
      Duration budget) {
    this.budget = budget;
    this.deadline = budget == null ? 0 : System.nanoTime() + budget.toNanos();
    this.evaluator = evaluator;
    this.space = space;
    this.base = base;
    this.positions = Set.copyOf(positions);
    this.pool = pool;
    var catalogue = evaluator.rules().catalogue();
    Set<String> ids = new LinkedHashSet<>();
    catalogue.positions().stream().filter(p -> positions.isEmpty() || positions.contains(p.id()))
        .forEach(p -> catalogue.conditions(p.id()).forEach(c -> ids.add(c.id())));
    this.all = Set.copyOf(ids);
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

  /** Every condition of the positions, under the base with the changes. */
  Outcome outcome(Map<Leaf, Object> changes) {
    return outcome(changes, all);
  }

  /** At least the {@code conditions} named, under the base with the changes. */
  Outcome outcome(Map<Leaf, Object> changes, Collection<String> conditions) {
    Map<String, Object> key = key(changes);
    List<Outcome> known = cache.getOrDefault(key, List.of());
    for (Outcome o : known) {
      if (o.covers(conditions)) {
        return o;
      }
    }
    spend();
    Evaluator.Statuses e = evaluator.statuses(scenario(changes), Mode.ALL_POSITIONS,
        conditions == all ? Set.of() : Set.copyOf(conditions), positions);
    List<String> incoherent = e.warnings().stream().filter(w -> w.startsWith(INCOHERENT)).toList();
    Outcome o = new Outcome(e.strict(), e.lenient(), incoherent);
    cache.merge(key, List.of(o), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
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
    return outcomes(batch, all);
  }

  /** Outcomes of many assignments for at least the {@code conditions} named, on every core, in the order asked. */
  List<Outcome> outcomes(List<Map<Leaf, Object>> batch, Collection<String> conditions) {
    java.util.function.Function<Map<Leaf, Object>, Outcome> one = changes -> outcome(changes, conditions);
    return batch.size() < 4 ? batch.stream().map(one).toList() : map(batch, one);
  }

  /** One full evaluation of the base with the changes, for the positions named (empty: every position). */
  Evaluation evaluate(Map<Leaf, Object> changes, Set<String> judged) {
    spend();
    return evaluator.evaluate(scenario(changes), Mode.ALL_POSITIONS, judged);
  }

  /** Counts one evaluation, first checking that the time budget is not spent. */
  private void spend() {
    if (budget != null && System.nanoTime() - deadline > 0) {
      throw new AnalysisTimeout(budget, evaluations.get());
    }
    evaluations.incrementAndGet();
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
