package dev.ceasefire.analysis;

import dev.ceasefire.analysis.FactSpace.Leaf;
import dev.ceasefire.model.Facts;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Status;
import dev.ceasefire.rules.Catalogue;
import dev.ceasefire.rules.ConditionInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which leaf facts can move a condition. The catalogue declares the facts each condition reads (a test checks
 * the declarations against the rules); a composite also reads its parts' facts, a promise its trigger's.
 *
 * <p>A declaration with a wildcard ({@code regions.*.withdrawalStartDate}) names the field in every region,
 * though a rule may look only at some regions. Those wildcard leaves are narrowed by asking the rules: a leaf
 * stays if changing it alone changes the condition (either reading) in the base scenario, or in the base with
 * the whole family set to one value (for each value). Leaves a declaration names outright are never dropped.
 */
final class Relevance {

  private final Catalogue catalogue;
  private final FactSpace space;
  private final Map<String, List<Leaf>> narrowed = new ConcurrentHashMap<>();

  Relevance(Catalogue catalogue, FactSpace space) {
    this.catalogue = catalogue;
    this.space = space;
  }

  ConditionInfo condition(String id) {
    return catalogue.condition(id).orElseThrow(() -> new IllegalArgumentException("unknown condition " + id));
  }

  /** The leaves the condition itself declares, wildcards expanded (not narrowed). */
  List<Leaf> declared(String id) {
    Set<Leaf> out = new LinkedHashSet<>();
    for (String pattern : condition(id).facts()) {
      out.addAll(space.matching(pattern));
    }
    return List.copyOf(out);
  }

  /** The condition's own leaves after narrowing, then its parts' and its trigger's, recursively. */
  List<Leaf> relevant(Oracle oracle, String id) {
    Set<Leaf> out = new LinkedHashSet<>(own(oracle, id));
    ConditionInfo c = condition(id);
    for (String part : c.parts()) {
      out.addAll(relevant(oracle, part));
    }
    if (c.trigger() != null) {
      out.addAll(relevant(oracle, c.trigger()));
    }
    return List.copyOf(out);
  }

  /** The condition's own declared leaves, wildcard leaves narrowed by probing. */
  List<Leaf> own(Oracle oracle, String id) {
    List<Leaf> cached = narrowed.get(id);
    if (cached != null) {
      return cached;
    }
    Set<Leaf> explicit = new LinkedHashSet<>();
    Map<String, List<Leaf>> families = new LinkedHashMap<>();
    for (String pattern : condition(id).facts()) {
      List<Leaf> leaves = space.matching(pattern);
      if (FactSpace.normalise(pattern).contains("*")) {
        leaves.forEach(l -> families.computeIfAbsent(l.family(), k -> new ArrayList<>()).add(l));
      } else {
        explicit.addAll(leaves);
      }
    }
    Set<Leaf> kept = new LinkedHashSet<>(explicit);
    for (List<Leaf> family : families.values()) {
      kept.addAll(probe(oracle, id, family, explicit));
    }
    List<Leaf> result = List.copyOf(kept);
    narrowed.put(id, result);
    return result;
  }

  private List<Leaf> probe(Oracle oracle, String id, List<Leaf> family, Set<Leaf> explicit) {
    List<Leaf> unknown = family.stream().filter(l -> !explicit.contains(l)).toList();
    if (unknown.isEmpty()) {
      return List.of();
    }
    List<Map<Leaf, Object>> samples = new ArrayList<>();
    samples.add(Map.of());
    for (Object v : family.get(0).domain()) {
      Map<Leaf, Object> all = new LinkedHashMap<>();
      family.forEach(l -> all.put(l, v));
      samples.add(all);
    }
    Facts base = oracle.baseFacts();
    Set<Leaf> found = new LinkedHashSet<>();
    for (Map<Leaf, Object> sample : samples) {
      List<Leaf> open = unknown.stream().filter(l -> !found.contains(l)).toList();
      if (open.isEmpty()) {
        break;
      }
      List<Map<Leaf, Object>> batch = new ArrayList<>();
      List<Leaf> whose = new ArrayList<>();
      batch.add(sample);
      whose.add(null);
      for (Leaf l : open) {
        Object current = sample.containsKey(l) ? sample.get(l) : space.get(base, l);
        List<Object> values = new ArrayList<>(l.domain());
        values.add(null);
        for (Object v : values) {
          if (!Objects.equals(v, current)) {
            Map<Leaf, Object> probe = new LinkedHashMap<>(sample);
            probe.put(l, v);
            batch.add(probe);
            whose.add(l);
          }
        }
      }
      List<Oracle.Outcome> outcomes = oracle.outcomes(batch, List.of(id));
      Status strict = outcomes.get(0).status(id, Reading.STRICT);
      Status lenient = outcomes.get(0).status(id, Reading.LENIENT);
      for (int i = 1; i < outcomes.size(); i++) {
        if (outcomes.get(i).status(id, Reading.STRICT) != strict
            || outcomes.get(i).status(id, Reading.LENIENT) != lenient) {
          found.add(whose.get(i));
        }
      }
    }
    return unknown.stream().filter(found::contains).toList();
  }

  /** Conditions connected by shared leaves (or leaves tied by a coherence rule): each group can be solved alone. */
  static List<List<String>> components(Map<String, List<Leaf>> leavesById, Collection<Set<Leaf>> ties) {
    List<String> ids = new ArrayList<>(leavesById.keySet());
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Leaf, Integer> owner = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      for (Leaf l : leavesById.get(ids.get(i))) {
        Integer j = owner.putIfAbsent(l, i);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    for (Set<Leaf> tie : ties) {
      Integer first = null;
      for (Leaf l : tie) {
        Integer j = owner.get(l);
        if (j != null) {
          if (first == null) {
            first = j;
          } else {
            union(parent, first, j);
          }
        }
      }
    }
    Map<Integer, List<String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(ids.get(i));
    }
    return List.copyOf(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
