package dev.ceasefire.analysis;

import dev.ceasefire.analysis.FactSpace.Leaf;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Status;
import dev.ceasefire.rules.ConditionInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The search under pathways and common ground: the smallest sets of leaf changes, from the base scenario, that
 * bring a condition to one of the goal statuses under one reading, in a world the coherence rules accept.
 *
 * <ul>
 *   <li><b>Moves.</b> One leaf set to one value of its domain, or one field set to one value across every region
 *       (axis, actor) of a family the condition reads: withdrawing from all four regions is one move.</li>
 *   <li><b>Breadth first.</b> Combinations of 1, 2, … {@value #MAX_MOVES} moves on distinct leaves, smallest
 *       first; a candidate holding a solution already found is skipped (only minimal sets are kept). Each level
 *       is evaluated as one batch on every core.</li>
 *   <li><b>Structure.</b> A composite asked for MET is the conjunction of its parts (output.md): each part is
 *       solved alone and the compatible unions are checked by the rules. A promise asked for anything but
 *       NOT_APPLICABLE needs its trigger MET first: the trigger's pathways, then the promise's own facts.</li>
 *   <li><b>Shrinking.</b> Each solution is reduced, change by change, while the rules still give the goal, so
 *       every reported set is irreducible: no change can be dropped.</li>
 * </ul>
 * Up to {@value #MAX_MOVES} changes the search is exhaustive over the domains; beyond that it covers the sets
 * made of at most {@value #MAX_MOVES} moves per condition.
 */
final class Search {

  static final int MAX_MOVES = 3;
  /** Solutions enough for a smallest-only search (the joint solving tries three), and its chunk of candidates. */
  static final int FEW = 3;
  private static final int CHUNK = 32;
  /** A level with more candidates than this is cut: the answer says so. */
  static final int MAX_CANDIDATES = 20_000;

  private final Oracle oracle;
  private final Relevance relevance;
  private final Reading reading;
  private final Set<Leaf> pinned;
  private final boolean smallestOnly;
  private final int maxCandidates;
  private boolean truncated;

  Search(Oracle oracle, Relevance relevance, Reading reading, Set<Leaf> pinned) {
    this(oracle, relevance, reading, pinned, false, MAX_CANDIDATES);
  }

  /**
   * With {@code smallestOnly}, each breadth-first search stops at the first level that has solutions, and within
   * it once a few are found.
   */
  Search(Oracle oracle, Relevance relevance, Reading reading, Set<Leaf> pinned, boolean smallestOnly,
      int maxCandidates) {
    this.smallestOnly = smallestOnly;
    this.maxCandidates = maxCandidates;
    this.oracle = oracle;
    this.relevance = relevance;
    this.reading = reading;
    this.pinned = Set.copyOf(pinned);
  }

  boolean truncated() {
    return truncated;
  }

  boolean accepts(Oracle.Outcome o, String target, Set<Status> goal) {
    return o.coherent() && goal.contains(o.status(target, reading));
  }

  /** Minimal change sets (relative to the base, {@code context} included) reaching the goal; smallest first. */
  List<Map<Leaf, Object>> solve(String target, Set<Status> goal, Map<Leaf, Object> context, int budget) {
    if (accepts(oracle.outcome(context, List.of(target)), target, goal)) {
      return List.of(new LinkedHashMap<>(context));
    }
    ConditionInfo c = relevance.condition(target);
    List<Map<Leaf, Object>> found = new ArrayList<>();
    if (c.composite() && goal.equals(Set.of(Status.MET))) {
      List<List<Map<Leaf, Object>>> options = partOptions(c.parts(), context, budget);
      if (options == null) {
        return List.of();
      }
      found.addAll(joinParts(target, goal, options, context, budget));
    } else if (c.trigger() != null && !goal.contains(Status.NOT_APPLICABLE)) {
      List<Map<Leaf, Object>> triggers = exhaustive(() -> solve(c.trigger(), Set.of(Status.MET), context, budget));
      if (triggers == null) {
        return List.of(); // the promise is NOT_APPLICABLE wherever its trigger is not MET
      }
      for (Map<Leaf, Object> t : triggers) {
        found.addAll(direct(target, goal, t, budget, relevance.own(oracle, target)));
      }
    }
    if (found.isEmpty()) {
      found.addAll(direct(target, goal, context, budget, relevance.relevant(oracle, target)));
    }
    return minimal(shrink(found, target, goal, context), budget);
  }

  /**
   * Each part's pathways to MET; an empty list for a part that has none (the search below then looks at the
   * composite's facts as a whole, for a part that would be NOT_APPLICABLE). Null when some part can reach neither
   * MET nor NOT_APPLICABLE: the shared rules make a composite MET only when every part is MET or NOT_APPLICABLE,
   * and a change set bringing the composite there would bring that part there with its own facts (no more
   * changes, no more moves), which a complete search of the part has ruled out.
   */
  private List<List<Map<Leaf, Object>>> partOptions(List<String> parts, Map<Leaf, Object> context, int budget) {
    List<List<Map<Leaf, Object>>> options = new ArrayList<>();
    for (String part : parts) {
      List<Map<Leaf, Object>> met = exhaustive(() -> solve(part, Set.of(Status.MET), context, budget));
      if (met == null && exhaustive(() -> solve(part, Set.of(Status.NOT_APPLICABLE), context, budget)) == null) {
        return null;
      }
      options.add(met == null ? List.of() : met);
    }
    return options;
  }

  /**
   * The solutions {@code search} finds; null when it finds none and was not cut short, so that none exist within
   * the budget. The search's own truncation is still reported by {@link #truncated()}.
   */
  private List<Map<Leaf, Object>> exhaustive(java.util.function.Supplier<List<Map<Leaf, Object>>> search) {
    boolean before = truncated;
    truncated = false;
    List<Map<Leaf, Object>> found = search.get();
    boolean cut = truncated;
    truncated = before || cut;
    return found.isEmpty() && !cut ? null : found;
  }

  private List<Map<Leaf, Object>> joinParts(String target, Set<Status> goal, List<List<Map<Leaf, Object>>> options,
      Map<Leaf, Object> context, int budget) {
    if (options.stream().anyMatch(List::isEmpty)) {
      return List.of();
    }
    List<Map<Leaf, Object>> unions = new ArrayList<>();
    join(options, 0, new LinkedHashMap<>(context), budget, unions);
    List<Oracle.Outcome> outcomes = oracle.outcomes(unions, List.of(target));
    List<Map<Leaf, Object>> ok = new ArrayList<>();
    for (int i = 0; i < unions.size(); i++) {
      if (accepts(outcomes.get(i), target, goal)) {
        ok.add(unions.get(i));
      }
    }
    return ok;
  }

  private void join(List<List<Map<Leaf, Object>>> options, int i, Map<Leaf, Object> acc, int budget,
      List<Map<Leaf, Object>> out) {
    if (out.size() >= 2_000) {
      truncated = true;
      return;
    }
    if (i == options.size()) {
      out.add(new LinkedHashMap<>(acc));
      return;
    }
    for (Map<Leaf, Object> option : options.get(i)) {
      Map<Leaf, Object> next = merge(acc, option);
      if (next != null && next.size() <= budget) {
        join(options, i + 1, next, budget, out);
      }
    }
  }

  /** The union of two change sets, or null when they set one leaf to different values. */
  static Map<Leaf, Object> merge(Map<Leaf, Object> a, Map<Leaf, Object> b) {
    Map<Leaf, Object> out = new LinkedHashMap<>(a);
    for (Map.Entry<Leaf, Object> e : b.entrySet()) {
      if (out.containsKey(e.getKey()) && !Objects.equals(out.get(e.getKey()), e.getValue())) {
        return null;
      }
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /** Breadth-first over combinations of moves on the given leaves. */
  private List<Map<Leaf, Object>> direct(String target, Set<Status> goal, Map<Leaf, Object> context, int budget,
      List<Leaf> leaves) {
    List<Map<Leaf, Object>> moves = moves(leaves, context);
    List<Map<Leaf, Object>> solutions = new ArrayList<>();
    List<int[]> frontier = new ArrayList<>();
    for (int i = 0; i < moves.size(); i++) {
      frontier.add(new int[] {i});
    }
    for (int level = 1; level <= MAX_MOVES && !frontier.isEmpty(); level++) {
      List<Map<Leaf, Object>> batch = new ArrayList<>();
      List<int[]> kept = new ArrayList<>();
      for (int[] combo : frontier) {
        Map<Leaf, Object> changes = new LinkedHashMap<>(context);
        int added = 0;
        boolean clash = false;
        for (int m : combo) {
          for (Map.Entry<Leaf, Object> e : moves.get(m).entrySet()) {
            if (changes.containsKey(e.getKey()) && !context.containsKey(e.getKey())) {
              clash = true;
            }
            changes.put(e.getKey(), e.getValue());
            added++;
          }
        }
        if (clash || added == 0 || changes.size() > budget || containsAny(changes, solutions)) {
          continue;
        }
        batch.add(changes);
        kept.add(combo);
        if (batch.size() >= maxCandidates) {
          truncated = true;
          break;
        }
      }
      List<Oracle.Outcome> outcomes = smallestOnly ? firstSolutions(batch, target, goal)
          : oracle.outcomes(batch, List.of(target));
      List<int[]> next = new ArrayList<>();
      for (int i = 0; i < outcomes.size(); i++) {
        if (accepts(outcomes.get(i), target, goal)) {
          solutions.add(batch.get(i));
        } else if (level < MAX_MOVES) {
          int[] combo = kept.get(i);
          for (int m = combo[combo.length - 1] + 1; m < moves.size(); m++) {
            int[] longer = java.util.Arrays.copyOf(combo, combo.length + 1);
            longer[combo.length] = m;
            next.add(longer);
          }
        }
      }
      frontier = smallestOnly && !solutions.isEmpty() ? List.of() : next;
    }
    return solutions;
  }

  /**
   * The outcomes of a level's candidates in order, a chunk at a time (each chunk on every core), up to the chunk in
   * which {@value #FEW} solutions have been found: a search for the smallest solutions only needs a few of them.
   */
  private List<Oracle.Outcome> firstSolutions(List<Map<Leaf, Object>> batch, String target, Set<Status> goal) {
    List<Oracle.Outcome> outcomes = new ArrayList<>();
    int accepted = 0;
    for (int from = 0; from < batch.size() && accepted < FEW; from += CHUNK) {
      for (Oracle.Outcome o : oracle.outcomes(batch.subList(from, Math.min(batch.size(), from + CHUNK)),
          List.of(target))) {
        outcomes.add(o);
        accepted += accepts(o, target, goal) ? 1 : 0;
      }
    }
    return outcomes;
  }

  /** Single-leaf moves, and one move per family (same field, several keys) and value. */
  private List<Map<Leaf, Object>> moves(List<Leaf> leaves, Map<Leaf, Object> context) {
    List<Map<Leaf, Object>> moves = new ArrayList<>();
    Map<String, List<Leaf>> families = new LinkedHashMap<>();
    for (Leaf l : leaves) {
      if (pinned.contains(l) || context.containsKey(l)) {
        continue;
      }
      Object current = current(l, context);
      for (Object v : l.domain()) {
        if (!Objects.equals(v, current)) {
          moves.add(Map.of(l, v));
        }
      }
      if (l.key() != null) {
        families.computeIfAbsent(l.family(), k -> new ArrayList<>()).add(l);
      }
    }
    for (List<Leaf> family : families.values()) {
      if (family.size() < 2) {
        continue;
      }
      for (Object v : family.get(0).domain()) {
        Map<Leaf, Object> move = new LinkedHashMap<>();
        family.stream().filter(l -> !Objects.equals(current(l, context), v)).forEach(l -> move.put(l, v));
        if (move.size() >= 2) {
          moves.add(move);
        }
      }
    }
    return moves;
  }

  private Object current(Leaf l, Map<Leaf, Object> context) {
    return context.containsKey(l) ? context.get(l) : oracle.space().get(oracle.baseFacts(), l);
  }

  /**
   * Drops changes one by one (not those of the context) while the rules still give the goal. Each solution is
   * shrunk on its own, so the solutions are shrunk on every core.
   */
  private List<Map<Leaf, Object>> shrink(List<Map<Leaf, Object>> solutions, String target, Set<Status> goal,
      Map<Leaf, Object> context) {
    return oracle.map(solutions, s -> {
      Map<Leaf, Object> current = new LinkedHashMap<>(s);
      for (Leaf l : List.copyOf(s.keySet())) {
        if (context.containsKey(l) && Objects.equals(context.get(l), s.get(l))) {
          continue;
        }
        Map<Leaf, Object> without = new LinkedHashMap<>(current);
        without.remove(l);
        if (accepts(oracle.outcome(without, List.of(target)), target, goal)) {
          current = without;
        }
      }
      return current;
    });
  }

  /** Distinct sets, none holding another, at most {@code budget} changes, smallest first. */
  static List<Map<Leaf, Object>> minimal(List<Map<Leaf, Object>> sets, int budget) {
    List<Map<Leaf, Object>> sorted = new ArrayList<>(new LinkedHashSet<>(sets));
    sorted.sort(Comparator.comparingInt((Map<Leaf, Object> m) -> m.size()).thenComparingInt(Search::weight)
        .thenComparing(Search::describe));
    List<Map<Leaf, Object>> out = new ArrayList<>();
    for (Map<Leaf, Object> s : sorted) {
      if (s.size() <= budget && !containsAny(s, out)) {
        out.add(s);
      }
    }
    return out;
  }

  static boolean containsAny(Map<Leaf, Object> candidate, List<Map<Leaf, Object>> found) {
    for (Map<Leaf, Object> f : found) {
      if (contains(candidate, f)) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(Map<Leaf, Object> big, Map<Leaf, Object> small) {
    if (small.size() > big.size()) {
      return false;
    }
    for (Map.Entry<Leaf, Object> e : small.entrySet()) {
      if (!big.containsKey(e.getKey()) || !Objects.equals(big.get(e.getKey()), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The number of items in the sets a change set writes: a declaration of four regions before one of all. */
  static int weight(Map<Leaf, Object> changes) {
    return changes.values().stream().mapToInt(v -> v instanceof java.util.Collection<?> c ? c.size() : 0).sum();
  }

  static String describe(Map<Leaf, Object> changes) {
    return changes.entrySet().stream().map(e -> e.getKey().path() + "=" + e.getValue()).sorted().toList().toString();
  }
}
