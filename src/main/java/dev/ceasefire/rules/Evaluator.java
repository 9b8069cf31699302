package dev.ceasefire.rules;

import dev.ceasefire.model.Axis;
import dev.ceasefire.model.CityCode;
import dev.ceasefire.model.CityState;
import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Facts;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Party;
import dev.ceasefire.model.PositionResult;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.RegionCode;
import dev.ceasefire.model.RegionState;
import dev.ceasefire.model.RuMilitaryActivity;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates scenarios against a {@link RuleSet}: one session per evaluation (from the rule set's pool, reset
 * between uses), every fact inserted (an
 * unknown group as a group of unknown fields, so rules can test for null), the rules fired, and their
 * verdicts gathered in catalogue order. It never decides a status itself.
 */
public final class Evaluator {

  /** More firings than this means rules that re-trigger each other: an error in the rules, not a result. */
  static final int MAX_FIRINGS = 20_000;

  private final RuleSet rules;

  public Evaluator(RuleSet rules) {
    this.rules = rules;
  }

  public RuleSet rules() {
    return rules;
  }

  /** Evaluates every position (an empty {@code positions} set) or the positions named. */
  public Evaluation evaluate(Scenario scenario, Mode mode, Set<String> positions) {
    Catalogue catalogue = rules.catalogue();
    for (String id : positions) {
      if (catalogue.position(id).isEmpty()) {
        throw new IllegalArgumentException("unknown position '" + id + "' (known: "
            + String.join(", ", catalogue.positions().stream().map(PositionInfo::id).toList()) + ")");
      }
    }
    Set<String> judged = new LinkedHashSet<>();
    catalogue.positions().stream().map(PositionInfo::id)
        .filter(id -> positions.isEmpty() || positions.contains(id)).forEach(judged::add);

    KieSession session = rules.newSession(positions.isEmpty() ? Set.of() : judged);
    Map<String, List<String>> fired = new HashMap<>();
    DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        String name = event.getMatch().getRule().getName();
        int colon = name.indexOf(':');
        if (colon > 0) {
          fired.computeIfAbsent(name.substring(0, colon), k -> new ArrayList<>()).add(name);
        }
      }
    };
    session.addEventListener(listener);
    try {
      insertFacts(session, scenario, mode, judged, id -> true);
      fire(session, scenario);
      return collect(session, scenario, mode, judged, fired);
    } finally {
      // A pooled session is reset and reused after dispose: leave nothing of this evaluation on it.
      session.removeEventListener(listener);
      session.dispose();
    }
  }

  /** What the rules said of some conditions: the status under each reading, and the evaluation's warnings. */
  public record Statuses(Map<String, Status> strict, Map<String, Status> lenient, List<String> warnings) {}

  /**
   * The statuses of {@code conditions} and of every condition they depend on (their {@link RuleSet#closure}),
   * evaluated on a rule base of those conditions' rules and the shared ones; with no conditions named, of every
   * condition of {@code positions} (all positions when empty). What the analyses ask the rules, about a few
   * conditions at a time, thousands of times: the verdicts are the whole rule base's (ConditionScopeTests), and no
   * reasons, sources or fired rules are gathered.
   */
  public Statuses statuses(Scenario scenario, Mode mode, Set<String> conditions, Set<String> positions) {
    Catalogue catalogue = rules.catalogue();
    Set<String> scope;
    Set<String> judged;
    KieSession session;
    if (conditions.isEmpty()) {
      judged = new LinkedHashSet<>();
      catalogue.positions().stream().map(PositionInfo::id).filter(p -> positions.isEmpty() || positions.contains(p))
          .forEach(judged::add);
      scope = new LinkedHashSet<>();
      judged.forEach(p -> catalogue.conditions(p).forEach(c -> scope.add(c.id())));
      session = rules.newSession(positions.isEmpty() ? Set.of() : judged);
    } else {
      ConditionLinks.Closure closure = rules.scope(conditions);
      scope = closure.conditions();
      judged = closure.positions();
      session = rules.newSession(judged, scope);
    }
    try {
      insertFacts(session, scenario, mode, judged, scope::contains);
      fire(session, scenario);
      Map<String, Map<Reading, List<Verdict>>> verdicts = verdicts(session);
      List<String> warnings = warnings(session);
      Map<String, Status> strict = new HashMap<>();
      Map<String, Status> lenient = new HashMap<>();
      for (String id : scope) {
        Map<Reading, List<Verdict>> byReading = verdicts.getOrDefault(id, Map.of());
        strict.put(id, single(id, Reading.STRICT, byReading, warnings).status());
        lenient.put(id, single(id, Reading.LENIENT, byReading, warnings).status());
      }
      return new Statuses(strict, lenient, warnings);
    } finally {
      session.dispose();
    }
  }

  private static void fire(KieSession session, Scenario scenario) {
    int count = session.fireAllRules(MAX_FIRINGS);
    if (count >= MAX_FIRINGS) {
      throw new RulesException("the rules fired " + count + " times without settling on " + scenario.source()
          + ": some rules keep re-triggering each other");
    }
  }

  private void insertFacts(KieSession session, Scenario scenario, Mode mode, Set<String> judged,
      java.util.function.Predicate<String> conditions) {
    // Only facts some rule of this rule base can match: a narrowed rule base reads few of the fact groups.
    ReadTypes reads = rules.readTypes(session.getKieBase());
    java.util.function.Consumer<Object> insert = fact -> {
      if (reads.read(fact.getClass())) {
        session.insert(fact);
      }
    };
    Catalogue catalogue = rules.catalogue();
    insert.accept(new RunOptions(mode, scenario.asOfDate()));
    for (Reading reading : Reading.values()) {
      insert.accept(reading);
    }
    // the keys the derived facts are classified by (rules/derived.drl)
    for (Side side : Side.values()) {
      insert.accept(side);
    }
    for (RegionGroup group : RegionGroup.values()) {
      insert.accept(group);
    }
    rules.parameters().forEach(insert);
    for (String id : judged) {
      PositionInfo p = catalogue.position(id).orElseThrow();
      PositionInfo next = p.supersededBy() == null ? null : catalogue.position(p.supersededBy()).orElse(null);
      insert.accept(new PositionDef(p.id(), p.validFrom(), p.supersededBy(), next == null ? null : next.validFrom()));
      for (ConditionInfo c : catalogue.conditions(id)) {
        if (conditions.test(c.id())) {
          insert.accept(new ConditionDef(c.id(), id, c.parts(), c.bundle(), c.trigger()));
          for (String part : c.parts()) {
            insert.accept(new PartOf(part, c.id()));
          }
        }
      }
    }
    Facts f = scenario.facts() == null ? Facts.none() : scenario.facts();
    for (RegionCode region : RegionCode.values()) {
      RegionState state = f.regions() == null ? null : f.regions().get(region);
      insert.accept(state == null ? RegionState.unknown(region) : state.withRegion(region));
    }
    for (CityCode city : CityCode.values()) {
      CityState state = f.cities() == null ? null : f.cities().get(city);
      insert.accept(state == null ? CityState.unknown(city) : state.withCity(city));
    }
    for (Axis axis : Axis.values()) {
      RuMilitaryActivity state = f.ruMilitaryActivity() == null ? null : f.ruMilitaryActivity().get(axis);
      insert.accept(state == null ? RuMilitaryActivity.unknown(axis) : state.withAxis(axis));
    }
    for (FactGroups.Group group : FactGroups.GROUPS) {
      insert.accept(group.valueOrUnknown(f));
    }
  }


  /** The session's verdicts by condition and reading. */
  private static Map<String, Map<Reading, List<Verdict>>> verdicts(KieSession session) {
    Map<String, Map<Reading, List<Verdict>>> verdicts = new HashMap<>();
    for (Verdict v : objects(session, Verdict.class)) {
      verdicts.computeIfAbsent(v.conditionId(), k -> new EnumMap<>(Reading.class))
          .computeIfAbsent(v.reading(), k -> new ArrayList<>()).add(v);
    }
    return verdicts;
  }

  /** The rules' warnings, sorted, each once. */
  private static List<String> warnings(KieSession session) {
    List<String> warnings = new ArrayList<>();
    objects(session, Warning.class).stream().map(w -> w.code() + ": " + w.message()).sorted().distinct()
        .forEach(warnings::add);
    return warnings;
  }

  private Evaluation collect(KieSession session, Scenario scenario, Mode mode, Set<String> judged,
      Map<String, List<String>> fired) {
    Map<String, Map<Reading, List<Verdict>>> verdicts = verdicts(session);
    Map<String, Map<Party, Status>> views = new HashMap<>();
    for (PartyView v : objects(session, PartyView.class)) {
      views.computeIfAbsent(v.conditionId(), k -> new EnumMap<>(Party.class)).put(v.party(), v.status());
    }
    Map<String, Set<String>> flags = new HashMap<>();
    for (Flag flag : objects(session, Flag.class)) {
      flags.computeIfAbsent(flag.conditionId(), k -> new LinkedHashSet<>()).add(flag.name());
    }
    Set<String> live = new LinkedHashSet<>();
    objects(session, PositionLive.class).forEach(p -> live.add(p.positionId()));
    Map<String, String> notLive = new HashMap<>();
    objects(session, PositionNotLive.class).forEach(p -> notLive.put(p.positionId(), p.reason()));
    List<String> warnings = warnings(session);

    Catalogue catalogue = rules.catalogue();
    List<PositionResult> positions = new ArrayList<>();
    for (String id : judged) {
      PositionInfo p = catalogue.position(id).orElseThrow();
      List<ConditionResult> results = new ArrayList<>();
      Map<Status, Integer> summary = new LinkedHashMap<>();
      for (Status s : List.of(Status.MET, Status.PARTIAL, Status.NOT_MET, Status.UNKNOWN, Status.NOT_APPLICABLE)) {
        summary.put(s, 0);
      }
      for (ConditionInfo c : catalogue.conditions(id)) {
        Map<Reading, List<Verdict>> byReading = verdicts.getOrDefault(c.id(), Map.of());
        Verdict strict = single(c.id(), Reading.STRICT, byReading, warnings);
        Verdict lenient = single(c.id(), Reading.LENIENT, byReading, warnings);
        Map<Party, Status> partyStatus = views.get(c.id());
        results.add(new ConditionResult(c.id(), c.kind(), c.kinds(), c.paraphrase(), strict.status(),
            lenient.status(), c.contested() || partyStatus != null, partyStatus, strict.reasons(),
            lenient.reasons(), c.facts(), c.obligatedActors(), List.copyOf(flags.getOrDefault(c.id(), Set.of())),
            List.copyOf(fired.getOrDefault(c.id(), List.of())), c.source()));
        summary.merge(strict.status(), 1, Integer::sum);
      }
      positions.add(new PositionResult(p.id(), p.party(), p.title(), p.date(), p.reliability(), live.contains(id),
          live.contains(id) ? null : notLive.getOrDefault(id, "not judged"), summary, results));
    }
    int conditionCount = judged.stream().mapToInt(id -> catalogue.conditions(id).size()).sum();
    return new Evaluation(
        new Evaluation.ScenarioRef(scenario.id(), scenario.title(), scenario.asOfDate(), scenario.source()), mode,
        new Evaluation.RulesInfo(rules.digest(), judged.size(), conditionCount, rules.origin(), rules.build()), positions,
        warnings);
  }

  /**
   * The one verdict the rules gave a condition under a reading. Two differing verdicts, or none, mean the
   * rule base contradicts itself or has a gap: said in the warnings, never hidden.
   */
  private static Verdict single(String id, Reading reading, Map<Reading, List<Verdict>> byReading,
      List<String> warnings) {
    List<Verdict> found = byReading.getOrDefault(reading, List.of());
    if (found.isEmpty()) {
      warnings.add("RULE_GAP: no verdict on " + id + " under the " + reading + " reading");
      return Verdict.of(id, reading, Status.UNKNOWN, "no rule decided this condition");
    }
    Set<Status> statuses = new LinkedHashSet<>();
    found.forEach(v -> statuses.add(v.status()));
    if (statuses.size() > 1) {
      warnings.add("RULE_CONFLICT: rules disagree on " + id + " under the " + reading + " reading: " + statuses);
      return found.stream().min((a, b) -> Integer.compare(a.status().strength(), b.status().strength()))
          .orElseThrow();
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    List<String> reasons = found.stream().map(Verdict::reasons).flatMap(Collection::stream).distinct().toList();
    return new Verdict(id, reading, found.get(0).status(), reasons);
  }

  /** The session's facts of one type; a ClassObjectFilter reads only that type's part of the fact store. */
  private static <T> List<T> objects(KieSession session, Class<T> type) {
    Function<Object, T> cast = type::cast;
    return session.getObjects(new ClassObjectFilter(type)).stream().map(cast).toList();
  }
}
