package dev.ceasefire.analysis;

import dev.ceasefire.analysis.FactSpace.Leaf;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Facts;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.rules.ConditionInfo;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.PositionInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The analyses over one rule set: pathways, common ground and sweeps. Every status comes from the
 * rules through {@link Evaluator}; this class only chooses which fact assignments to ask about. One instance
 * serves any number of requests and threads (a REST controller calls one method per endpoint).
 */
public final class Analyses implements AutoCloseable {

  /** Statuses that are not NOT_MET: the fallback goal of common ground. */
  static final Set<Status> NOT_NOT_MET = EnumSet.of(Status.MET, Status.PARTIAL, Status.UNKNOWN, Status.NOT_APPLICABLE);

  /** The default number of changes a pathway may have (and the largest: {@link AnalysisLimits#MAX_CHANGES}). */
  public static final int DEFAULT_MAX_CHANGES = AnalysisLimits.MAX_CHANGES;

  private final Evaluator evaluator;
  private final ForkJoinPool pool;
  /** Whether {@link #close} shuts the pool down: a pool handed in belongs to whoever handed it in. */
  private final boolean ownsPool;
  private final AnalysisLimits limits;
  private final WhatIf whatIf;

  /** Analyses with a pool of their own, one thread per core, shut down by {@link #close}; no time budget. */
  public Analyses(Evaluator evaluator) {
    this(evaluator, new ForkJoinPool(Runtime.getRuntime().availableProcessors()), true, AnalysisLimits.COMMAND_LINE);
  }

  /** Analyses on a pool someone else owns (a server's, shared by every request), within {@code limits}. */
  public Analyses(Evaluator evaluator, ForkJoinPool pool, AnalysisLimits limits) {
    this(evaluator, pool, false, limits);
  }

  private Analyses(Evaluator evaluator, ForkJoinPool pool, boolean ownsPool, AnalysisLimits limits) {
    this.evaluator = evaluator;
    this.pool = pool;
    this.ownsPool = ownsPool;
    this.limits = limits;
    this.whatIf = new WhatIf(evaluator);
  }

  /** Shuts down the pool if these analyses made it. */
  @Override
  public void close() {
    if (ownsPool) {
      pool.shutdown();
    }
  }

  private Oracle oracle(FactSpace space, Scenario base, Set<String> positions) {
    return new Oracle(evaluator, space, base, positions, pool, limits.timeBudget());
  }

  // ------------------------------------------------------------------------------------------------ pathways

  /** One fact change: the path, its value in the base (null: unknown) and the value it takes. */
  public record Change(String path, Object from, Object to) {}

  /** A minimal set of changes, and what else it flips (conditions of the other positions). */
  public record Pathway(int size, List<Change> changes, List<WhatIf.Flip> sideEffects) {}

  public record PathwaysRequest(Scenario base, String target, Status status, Reading reading, Integer maxChanges,
      List<String> fix) {}

  public record PathwaysResult(String scenario, String target, Status goal, Reading reading, Status current,
      int maxChanges, List<String> fixed, List<Pathway> pathways, boolean complete, long evaluations, long millis) {}

  public PathwaysResult pathways(PathwaysRequest r) {
    return pathways(r.base(), r.target(), r.status() == null ? Status.MET : r.status(),
        r.reading() == null ? Reading.STRICT : r.reading(),
        r.maxChanges() == null ? DEFAULT_MAX_CHANGES : r.maxChanges(), r.fix() == null ? List.of() : r.fix());
  }

  public PathwaysResult pathways(Scenario base, String target, Status goal, Reading reading, int maxChanges,
      List<String> fix) {
    long start = System.nanoTime();
    ConditionInfo condition = evaluator.rules().catalogue().condition(target).orElseThrow(() ->
        new AnalysisException("--target: unknown condition '" + AnalysisException.quote(target)
            + "' (see `ceasefire positions`)"));
    if (maxChanges < 1 || maxChanges > limits.maxChanges()) {
      throw new AnalysisException("--max-changes: must be between 1 and " + limits.maxChanges() + ", got "
          + maxChanges);
    }
    FactSpace space = new FactSpace(evaluator.rules().parameters(), base.asOfDate());
    Fixed fixed = fixed(space, base, fix);
    Oracle oracle = oracle(space, fixed.scenario(), Set.of(condition.positionId()));
    Relevance relevance = new Relevance(evaluator.rules().catalogue(), space);
    Search search = new Search(oracle, relevance, reading, fixed.pinned());
    List<Map<Leaf, Object>> found = search.solve(target, Set.of(goal), Map.of(), maxChanges);
    Status current = oracle.outcome(Map.of(), List.of(target)).status(target, reading);

    Evaluation before = evaluator.evaluate(fixed.scenario(), Mode.ALL_POSITIONS, Set.of());
    List<Pathway> pathways = new ArrayList<>();
    for (Map<Leaf, Object> changes : found) {
      if (changes.isEmpty()) {
        continue;
      }
      Evaluation after = oracle.evaluate(changes, Set.of());
      List<WhatIf.Flip> side = WhatIf.flips(before, after).stream()
          .filter(f -> !f.conditionId().startsWith(condition.positionId() + "/")).toList();
      pathways.add(new Pathway(changes.size(), changes(space, oracle.baseFacts(), changes), side));
    }
    return new PathwaysResult(base.id(), target, goal, reading, current, maxChanges,
        fixed.pinned().stream().map(Leaf::path).toList(), pathways, !search.truncated(), oracle.evaluations(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Pathways to MET for every condition of the positions named (all if empty) that is not MET in the base. */
  public List<PathwaysResult> allPathways(Scenario base, Collection<String> positions, int maxChanges) {
    List<PathwaysResult> out = new ArrayList<>();
    FactSpace space = new FactSpace(evaluator.rules().parameters(), base.asOfDate());
    Set<String> judged = new LinkedHashSet<>(positions);
    if (judged.isEmpty()) {
      evaluator.rules().catalogue().positions().forEach(p -> judged.add(p.id()));
    }
    Relevance relevance = new Relevance(evaluator.rules().catalogue(), space);
    for (String position : judged) {
      // one position's conditions read none of another's verdicts: evaluate that position alone
      Oracle oracle = oracle(space, base, Set.of(position));
      Oracle.Outcome now = oracle.outcome(Map.of());
      for (ConditionInfo c : evaluator.rules().catalogue().conditions(position)) {
        long start = System.nanoTime();
        if (now.status(c.id(), Reading.STRICT) == Status.MET) {
          continue;
        }
        Search search = new Search(oracle, relevance, Reading.STRICT, Set.of());
        List<Map<Leaf, Object>> found = search.solve(c.id(), Set.of(Status.MET), Map.of(), maxChanges);
        List<Pathway> pathways = found.stream().filter(m -> !m.isEmpty())
            .map(m -> new Pathway(m.size(), changes(space, oracle.baseFacts(), m), List.of())).toList();
        out.add(new PathwaysResult(base.id(), c.id(), Status.MET, Reading.STRICT,
            now.status(c.id(), Reading.STRICT), maxChanges, List.of(), pathways, !search.truncated(),
            oracle.evaluations(), (System.nanoTime() - start) / 1_000_000));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------- common ground

  /** Two conditions, one per position, that no assignment of their facts makes MET together. */
  public record Collision(String a, String b, List<String> facts) {}

  /** Two conditions, one per position, that the same facts make MET together, each depending on them. */
  public record Overlap(String a, String b, List<String> facts, List<Change> witness) {}

  public record CommonGroundRequest(Scenario base, List<String> positions, Reading reading, List<String> fix) {}

  public record CommonGroundResult(List<String> positions, Reading reading, boolean allMet, boolean noneNotMet,
      String witnessGoal, List<Change> witnessChanges, String witnessYaml, List<Collision> collisions,
      List<String> unreachable, List<Overlap> overlaps, Map<String, Long> evaluationsByStep, long evaluations,
      long millis) {}

  public CommonGroundResult commonGround(CommonGroundRequest r) {
    List<String> ps = r.positions() == null ? List.of() : r.positions();
    if (ps.size() != 2) {
      throw new AnalysisException("--positions: name exactly two positions, e.g. UA-2022-03-29,RU-2024-06-14");
    }
    return commonGround(r.base(), ps.get(0), ps.get(1), r.reading() == null ? Reading.STRICT : r.reading(),
        r.fix() == null ? List.of() : r.fix());
  }

  public CommonGroundResult commonGround(Scenario baseOrNull, String a, String b, Reading reading, List<String> fix) {
    long start = System.nanoTime();
    var catalogue = evaluator.rules().catalogue();
    for (String p : List.of(a, b)) {
      if (catalogue.position(p).isEmpty()) {
        throw new AnalysisException("--positions: unknown position '" + AnalysisException.quote(p) + "' (known: "
            + String.join(", ", catalogue.positions().stream().map(PositionInfo::id).toList()) + ")");
      }
    }
    if (a.equals(b)) {
      throw new AnalysisException("--positions: name two different positions, not " + AnalysisException.quote(a)
          + " twice");
    }
    Scenario base = baseOrNull != null ? baseOrNull : emptyScenario(a, b);
    FactSpace space = new FactSpace(evaluator.rules().parameters(), base.asOfDate());
    Fixed fixed = fixed(space, base, fix);
    Oracle oracle = oracle(space, fixed.scenario(), Set.of(a, b));
    Relevance relevance = new Relevance(catalogue, space);

    Map<String, List<Leaf>> leaves = new LinkedHashMap<>();
    for (String p : List.of(a, b)) {
      for (ConditionInfo c : catalogue.conditions(p)) {
        List<Leaf> ls = new ArrayList<>(relevance.relevant(oracle, c.id()));
        ls.removeAll(fixed.pinned());
        leaves.put(c.id(), ls);
      }
    }
    List<Set<Leaf>> ties = ties(space);
    // within a component, conditions that read few facts first: the wide ones (end-not-freeze) then find most of
    // their facts already set by the narrow ones they build on
    List<List<String>> components = Relevance.components(leaves, ties).stream()
        .map(c -> c.stream().sorted(java.util.Comparator.comparingInt((String id) -> leaves.get(id).size())).toList())
        .toList();

    Map<String, Long> steps = new LinkedHashMap<>();
    long[] mark = {0};
    java.util.function.Consumer<String> done = name -> {
      steps.put(name, oracle.evaluations() - mark[0]);
      mark[0] = oracle.evaluations();
    };
    done.accept("relevance");
    Joint joint = new Joint(oracle, relevance, reading, fixed.pinned());
    Map<Leaf, Object> witness = new LinkedHashMap<>();
    String goalName = "MET";
    boolean allMet = true;
    for (List<String> component : components) {
      Map<Leaf, Object> s = joint.solve(component, Set.of(Status.MET));
      if (s == null) {
        allMet = false;
        break;
      }
      witness.putAll(s);
    }
    boolean noneNotMet = allMet;
    if (!allMet) {
      witness.clear();
      goalName = "not NOT_MET";
      noneNotMet = true;
      for (List<String> component : components) {
        Map<Leaf, Object> s = joint.solve(component, NOT_NOT_MET);
        if (s == null) {
          noneNotMet = false;
          break;
        }
        witness.putAll(s);
      }
    }
    done.accept("witness");
    if (!allMet && !noneNotMet) {
      witness.clear();
      goalName = null;
    }
    // the union of independent components is checked once more by the rules as a whole
    if (goalName != null) {
      Set<Status> goal = allMet ? Set.of(Status.MET) : NOT_NOT_MET;
      Oracle.Outcome o = oracle.outcome(witness);
      boolean ok = o.coherent() && leaves.keySet().stream().allMatch(id -> goal.contains(o.status(id, reading)));
      if (!ok) {
        throw new IllegalStateException("the components' witnesses do not hold together: "
            + Search.describe(witness));
      }
    }

    List<Collision> collisions = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    if (!allMet) {
      for (String id : leaves.keySet()) {
        if (joint.solve(List.of(id), Set.of(Status.MET)) == null) {
          unreachable.add(id);
        }
      }
      for (List<String> component : components) {
        for (String x : component) {
          if (!x.startsWith(a + "/") || unreachable.contains(x)) {
            continue;
          }
          for (String y : component) {
            if (!y.startsWith(b + "/") || unreachable.contains(y)) {
              continue;
            }
            List<String> fought = fought(leaves.get(x), leaves.get(y), ties);
            if (fought.isEmpty()) {
              continue;
            }
            if (joint.solve(List.of(x, y), Set.of(Status.MET)) == null
                && joint.solve(List.of(y, x), Set.of(Status.MET)) == null) {
              collisions.add(new Collision(x, y, fought));
            }
          }
        }
      }
    }

    done.accept("collisions");
    collisions.removeIf(c -> collisions.stream().anyMatch(d -> d != c
        && (partOf(d.a(), c.a()) && d.b().equals(c.b()) || partOf(d.b(), c.b()) && d.a().equals(c.a()))));

    List<Overlap> overlaps = new ArrayList<>();
    for (String x : leaves.keySet()) {
      if (!x.startsWith(a + "/")) {
        continue;
      }
      for (String y : leaves.keySet()) {
        if (!y.startsWith(b + "/")) {
          continue;
        }
        overlap(oracle, joint, reading, x, y, leaves).ifPresent(overlaps::add);
      }
    }

    done.accept("overlaps");
    String yaml = null;
    if (goalName != null) {
      Scenario w = oracle.scenario(witness);
      Scenario named = new Scenario("common-ground-" + slug(a) + "-" + slug(b),
          "Common ground of " + a + " and " + b + " (every condition " + goalName + ")",
          "A witness found by `ceasefire common-ground`: one assignment of facts under which the rules judge every"
              + " condition of both positions " + goalName + " (" + reading + " reading).",
          w.asOfDate(), w.facts(), Map.of(), "common-ground");
      yaml = new dev.ceasefire.scenario.ScenarioWriter().toYaml(named);
    }
    return new CommonGroundResult(List.of(a, b), reading, allMet, noneNotMet, goalName,
        changes(space, oracle.baseFacts(), witness), yaml, collisions, unreachable, overlaps, steps, oracle.evaluations(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * An overlap: the two conditions share facts, some assignment makes both MET, and at that assignment changing
   * one of the shared facts takes each of them out of MET (each depends on the shared facts).
   */
  private java.util.Optional<Overlap> overlap(Oracle oracle, Joint joint, Reading reading, String x, String y,
      Map<String, List<Leaf>> leaves) {
    List<Leaf> shared = leaves.get(x).stream().filter(leaves.get(y)::contains).toList();
    if (shared.isEmpty()) {
      return java.util.Optional.empty();
    }
    Map<Leaf, Object> w = joint.solve(List.of(x, y), Set.of(Status.MET));
    if (w == null) {
      w = joint.solve(List.of(y, x), Set.of(Status.MET));
    }
    if (w == null) {
      return java.util.Optional.empty();
    }
    List<Map<Leaf, Object>> probes = new ArrayList<>();
    List<Leaf> whose = new ArrayList<>();
    for (Leaf l : shared) {
      Object current = w.containsKey(l) ? w.get(l) : oracle.space().get(oracle.baseFacts(), l);
      for (Object v : l.domain()) {
        if (!Objects.equals(v, current)) {
          Map<Leaf, Object> p = new LinkedHashMap<>(w);
          p.put(l, v);
          probes.add(p);
          whose.add(l);
        }
      }
    }
    List<Oracle.Outcome> outcomes = oracle.outcomes(probes, List.of(x, y));
    Set<Leaf> moveX = new LinkedHashSet<>();
    Set<Leaf> moveY = new LinkedHashSet<>();
    for (int i = 0; i < probes.size(); i++) {
      if (outcomes.get(i).status(x, reading) != Status.MET) {
        moveX.add(whose.get(i));
      }
      if (outcomes.get(i).status(y, reading) != Status.MET) {
        moveY.add(whose.get(i));
      }
    }
    List<String> both = shared.stream().filter(l -> moveX.contains(l) || moveY.contains(l)).map(Leaf::path).toList();
    if (moveX.isEmpty() || moveY.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Overlap(x, y, both, changes(oracle.space(), oracle.baseFacts(), w)));
  }

  /** Whether {@code part} is a part (or a part of a part) of the composite {@code whole}. */
  private boolean partOf(String part, String whole) {
    var c = evaluator.rules().catalogue().condition(whole).orElseThrow();
    return c.parts().contains(part) || c.parts().stream().anyMatch(p -> partOf(part, p));
  }

  /** The facts two conditions fight over: those both read, and those a coherence rule ties across them. */
  private static List<String> fought(List<Leaf> x, List<Leaf> y, List<Set<Leaf>> ties) {
    Set<String> out = new LinkedHashSet<>();
    x.stream().filter(y::contains).forEach(l -> out.add(l.path()));
    for (Set<Leaf> tie : ties) {
      List<Leaf> inX = x.stream().filter(tie::contains).toList();
      List<Leaf> inY = y.stream().filter(tie::contains).toList();
      if (!inX.isEmpty() && !inY.isEmpty()) {
        inY.forEach(l -> out.add(l.path()));
        inX.forEach(l -> out.add(l.path()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The leaves each coherence rule ties together, per map key (region): read from the rules' own
   * {@code @facts} metadata, so a new coherence rule needs no change here.
   */
  List<Set<Leaf>> ties(FactSpace space) {
    List<Set<Leaf>> ties = new ArrayList<>();
    for (KiePackage pkg : evaluator.rules().kieBase().getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        Object facts = rule.getMetaData().get("facts");
        if (!rule.getName().startsWith("coherence:") || facts == null) {
          continue;
        }
        Map<String, Set<Leaf>> byKey = new LinkedHashMap<>();
        for (String pattern : String.valueOf(facts).replace("\"", "").split("[\\s,]+")) {
          if (pattern.isBlank()) {
            continue;
          }
          for (Leaf l : space.matching(pattern)) {
            byKey.computeIfAbsent(l.key() == null ? "" : l.key(), k -> new LinkedHashSet<>()).add(l);
          }
        }
        ties.addAll(byKey.values());
      }
    }
    return ties;
  }

  /** Sequential solving with the rules as the constraint check: each condition's pathways on top of the others. */
  static final class Joint {
    private static final int OPTIONS = 3;
    /** Candidates per breadth-first level when solving jointly: enough for 2 moves over 25 moves each. */
    private static final int CANDIDATES = 400;
    private final Oracle oracle;
    private final Relevance relevance;
    private final Reading reading;
    private final Set<Leaf> pinned;
    private int nodes;
    private final Map<String, List<Map<Leaf, Object>>> memo = new java.util.concurrent.ConcurrentHashMap<>();

    Joint(Oracle oracle, Relevance relevance, Reading reading, Set<Leaf> pinned) {
      this.oracle = oracle;
      this.relevance = relevance;
      this.reading = reading;
      this.pinned = pinned;
    }

    Map<Leaf, Object> solve(List<String> ids, Set<Status> goal) {
      nodes = 0;
      return step(ids, 0, new LinkedHashMap<>(), goal);
    }

    private List<Map<Leaf, Object>> options(String id, Set<Status> goal, Map<Leaf, Object> context) {
      String key = id + goal + Search.describe(context);
      List<Map<Leaf, Object>> cached = memo.get(key);
      if (cached == null) {
        Set<Leaf> fixedHere = new LinkedHashSet<>(pinned);
        fixedHere.addAll(context.keySet());
        cached = new Search(oracle, relevance, reading, fixedHere, true, CANDIDATES)
            .solve(id, goal, context, Integer.MAX_VALUE);
        memo.put(key, cached);
      }
      return cached;
    }

    private Map<Leaf, Object> step(List<String> ids, int i, Map<Leaf, Object> context, Set<Status> goal) {
      Oracle.Outcome now = oracle.outcome(context, ids);
      if (!now.coherent()) {
        return null;
      }
      for (int j = 0; j < i; j++) {
        if (!goal.contains(now.status(ids.get(j), reading))) {
          return null;
        }
      }
      if (i == ids.size()) {
        return context;
      }
      if (goal.contains(now.status(ids.get(i), reading))) {
        return step(ids, i + 1, context, goal);
      }
      if (++nodes > 200) {
        return null;
      }
      // first the condition's own pathways from the base, where they agree with what is already set: one
      // evaluation each; only if none holds, a search on top of the context
      int tried = 0;
      if (!context.isEmpty()) {
        for (Map<Leaf, Object> own : options(ids.get(i), goal, Map.of())) {
          Map<Leaf, Object> merged = Search.merge(context, own);
          if (merged != null && tried++ < OPTIONS) {
            Oracle.Outcome o = oracle.outcome(merged, ids);
            if (o.coherent() && goal.contains(o.status(ids.get(i), reading))) {
              Map<Leaf, Object> r = step(ids, i + 1, merged, goal);
              if (r != null) {
                return r;
              }
            }
          }
        }
      }
      tried = 0;
      for (Map<Leaf, Object> option : options(ids.get(i), goal, context)) {
        if (tried++ >= OPTIONS) {
          break;
        }
        Map<Leaf, Object> r = step(ids, i + 1, option, goal);
        if (r != null) {
          return r;
        }
      }
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------------- sweep

  /** One varied fact and the values it takes. */
  public record Vary(String path, List<String> values) {}

  public record SweepRequest(Scenario base, List<Vary> vary, Reading reading) {}

  /** One grid point: the values of the varied facts, and each condition's status there (both readings). */
  public record Point(Map<String, Object> values, Map<String, Status> status, Map<String, Status> lenientStatus) {}

  public record SweepResult(String scenario, List<String> varied, List<String> conditions, List<Point> points,
      long millis) {}

  public SweepResult sweep(SweepRequest r, IntConsumer progress) {
    return sweep(r.base(), r.vary(), progress);
  }

  /** Every combination of the varied values, applied to the base with a merge patch, evaluated on every core. */
  public SweepResult sweep(Scenario base, List<Vary> vary, IntConsumer progress) {
    long start = System.nanoTime();
    if (vary == null || vary.isEmpty()) {
      throw new AnalysisException("--vary: give at least one PATH=V1,V2,…");
    }
    FactSpace space = new FactSpace(evaluator.rules().parameters(), base.asOfDate());
    List<Leaf> leaves = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    for (Vary v : vary) {
      Leaf leaf = Assignments.leaf(space, v.path(), "--vary");
      if (leaves.contains(leaf)) {
        throw new AnalysisException("--vary: " + leaf.path() + " is varied twice");
      }
      List<Object> vs = new ArrayList<>();
      for (String text : v.values()) {
        vs.add(Assignments.value(space, whatIf, base, leaf, text, "--vary"));
      }
      leaves.add(leaf);
      values.add(vs);
    }
    // the grid's size from the sizes, before anything is built
    long size = 1;
    for (List<Object> vs : values) {
      size *= Math.max(1, vs.size());
      if (size > limits.maxGridPoints()) {
        throw new AnalysisException("--vary: the grid would have more than " + limits.maxGridPoints()
            + " points (the product of the numbers of values); vary fewer facts or fewer values");
      }
    }
    List<Map<Leaf, Object>> grid = new ArrayList<>();
    grid.add(new LinkedHashMap<>());
    for (int i = 0; i < leaves.size(); i++) {
      List<Map<Leaf, Object>> next = new ArrayList<>();
      for (Map<Leaf, Object> g : grid) {
        for (Object v : values.get(i)) {
          Map<Leaf, Object> m = new LinkedHashMap<>(g);
          m.put(leaves.get(i), v);
          next.add(m);
        }
      }
      grid = next;
    }
    Oracle oracle = oracle(space, base, Set.of());
    List<String> conditions = evaluator.rules().catalogue().allConditions().stream().map(ConditionInfo::id).toList();
    Point[] points = new Point[grid.size()];
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    List<Map<Leaf, Object>> cells = grid;
    Runnable work = () -> java.util.stream.IntStream.range(0, cells.size()).parallel().forEach(i -> {
      Oracle.Outcome o = oracle.outcome(cells.get(i));
      Map<String, Object> vs = new LinkedHashMap<>();
      cells.get(i).forEach((l, v) -> vs.put(l.path(), display(v)));
      Map<String, Status> s = new LinkedHashMap<>();
      Map<String, Status> ls = new LinkedHashMap<>();
      conditions.forEach(id -> {
        s.put(id, o.strict().get(id));
        ls.put(id, o.lenient().get(id));
      });
      points[i] = new Point(vs, s, ls);
      if (progress != null) {
        progress.accept(done.incrementAndGet());
      }
    });
    try {
      pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
    return new SweepResult(base.id(), leaves.stream().map(Leaf::path).toList(), conditions, Arrays.asList(points),
        (System.nanoTime() - start) / 1_000_000);
  }

  // -------------------------------------------------------------------------------------------------- helpers

  private record Fixed(Scenario scenario, Set<Leaf> pinned) {}

  /** Applies {@code PATH=VALUE} fixes to the base and pins every fixed path. */
  private Fixed fixed(FactSpace space, Scenario base, List<String> fix) {
    Scenario s = base;
    Set<Leaf> pinned = new LinkedHashSet<>();
    for (String spec : fix) {
      int eq = spec.indexOf('=');
      String path = eq < 0 ? spec : spec.substring(0, eq);
      Leaf leaf = Assignments.leaf(space, path, "--fix");
      if (eq >= 0) {
        Object value = Assignments.value(space, whatIf, s, leaf, spec.substring(eq + 1), "--fix");
        Facts facts = space.with(s.facts() == null ? Facts.none() : s.facts(), leaf, value);
        s = new Scenario(s.id(), s.title(), s.description(), s.asOfDate(), facts, s.expect(), s.source());
      }
      pinned.add(leaf);
    }
    return new Fixed(s, pinned);
  }

  private Scenario emptyScenario(String a, String b) {
    var catalogue = evaluator.rules().catalogue();
    LocalDate date = catalogue.position(a).orElseThrow().date();
    LocalDate other = catalogue.position(b).orElseThrow().date();
    if (other.isAfter(date)) {
      date = other;
    }
    return new Scenario("common-ground", "Nothing stated", null, date, Facts.none(), Map.of(), "no base");
  }

  static List<Change> changes(FactSpace space, Facts base, Map<Leaf, Object> changes) {
    List<Change> out = new ArrayList<>();
    changes.entrySet().stream().sorted(Map.Entry.comparingByKey((x, y) -> x.path().compareTo(y.path())))
        .forEach(e -> out.add(new Change(e.getKey().path(), display(space.get(base, e.getKey())),
            display(e.getValue()))));
    return out;
  }

  /** A value as it reads in a scenario file: enum names, sorted lists, ISO dates. */
  static Object display(Object v) {
    if (v instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).sorted().toList();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof java.time.temporal.Temporal) {
      return v.toString();
    }
    return v;
  }

  private static String slug(String id) {
    return id.toLowerCase(java.util.Locale.ROOT);
  }

  /** For a REST layer or tests: the evaluator these analyses ask. */
  public Evaluator evaluator() {
    return evaluator;
  }
}
