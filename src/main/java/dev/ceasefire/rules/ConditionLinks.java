package dev.ceasefire.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which other conditions a condition's rules depend on: the ones they name (a flag that reads another condition's
 * verdict, say), its parts when it is a composite, and its trigger when it is a promise. Read from the rules'
 * own text, so a new rule needs no declaration; a condition's <em>closure</em> is everything that has to be
 * evaluated with it for its verdicts to be the whole rule base's (ConditionScopeTests checks that they are).
 */
final class ConditionLinks {

  private static final Pattern RULE = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\b");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private final Catalogue catalogue;
  private final Map<String, Set<String>> named;
  private final Map<Set<String>, Closure> closures = new java.util.concurrent.ConcurrentHashMap<>();

  /** A closure, and the positions its conditions belong to, in catalogue order. */
  record Closure(Set<String> conditions, Set<String> positions) {}

  private ConditionLinks(Catalogue catalogue, Map<String, Set<String>> named) {
    this.catalogue = catalogue;
    this.named = named;
  }

  static ConditionLinks read(RuleFiles files, Catalogue catalogue) {
    Map<String, ConditionInfo> byId = catalogue.byId();
    Map<String, Set<String>> named = new HashMap<>();
    for (byte[] drl : files.matching(".drl").values()) {
      Matcher rule = RULE.matcher(new String(drl, StandardCharsets.UTF_8));
      while (rule.find()) {
        String name = rule.group(1);
        int colon = name.indexOf(':');
        String owner = colon < 0 ? name : name.substring(0, colon);
        if (!byId.containsKey(owner)) {
          continue; // the shared rules and the positions' "live" guards are in every scope
        }
        Matcher quoted = QUOTED.matcher(rule.group(2));
        while (quoted.find()) {
          String id = quoted.group(1);
          if (byId.containsKey(id) && !id.equals(owner)) {
            named.computeIfAbsent(owner, k -> new TreeSet<>()).add(id);
          }
        }
      }
    }
    return new ConditionLinks(catalogue, named);
  }

  /** The conditions asked for and, transitively, every condition they depend on (worked out once per set). */
  Closure closure(Collection<String> ids) {
    Set<String> key = Set.copyOf(ids);
    Closure known = closures.get(key);
    if (known == null) {
      Set<String> conditions = close(ids);
      Set<String> positions = new LinkedHashSet<>();
      catalogue.positions().stream().map(PositionInfo::id)
          .filter(p -> catalogue.conditions(p).stream().anyMatch(c -> conditions.contains(c.id())))
          .forEach(positions::add);
      known = new Closure(java.util.Collections.unmodifiableSet(conditions),
          java.util.Collections.unmodifiableSet(positions));
      closures.put(key, known);
    }
    return known;
  }

  private Set<String> close(Collection<String> ids) {
    Set<String> out = new LinkedHashSet<>();
    Deque<String> open = new ArrayDeque<>(ids);
    while (!open.isEmpty()) {
      String id = open.pop();
      if (!out.add(id)) {
        continue;
      }
      ConditionInfo c = catalogue.condition(id).orElseThrow(() -> new IllegalArgumentException("unknown condition " + id));
      open.addAll(c.parts());
      if (c.trigger() != null) {
        open.add(c.trigger());
      }
      open.addAll(named.getOrDefault(id, Set.of()));
    }
    return out;
  }
}
