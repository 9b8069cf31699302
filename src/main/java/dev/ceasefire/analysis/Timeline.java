package dev.ceasefire.analysis;

import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Party;
import dev.ceasefire.model.PositionResult;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Reliability;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.rules.Catalogue;
import dev.ceasefire.rules.ConditionInfo;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.PositionInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One scenario's facts judged {@code AS_OF} each date on which a position was stated: which positions were live
 * then, their verdicts, and the territorial demand of each party (the regions of its live conditions with topic
 * {@code territory}, under each reading). The facts stay the same; only the date moves, so what changes is the
 * positions, not the world.
 */
public final class Timeline {

  /** A condition of a live position on one date. */
  public record Condition(String id, Status status, Status lenientStatus, List<String> regions,
      List<String> lenientRegions) {}

  /** A position live on one date. */
  public record Live(String id, Party party, String title, LocalDate validFrom, Reliability reliability,
      Map<Status, Integer> summary, List<Condition> conditions) {}

  /** A party's territorial demand on one date: the union of its live territorial conditions' regions. */
  public record Territory(Party party, List<String> regions, List<String> lenientRegions, List<String> from) {}

  /** One date: the positions stated on it, those live, and each party's territorial demand. */
  public record Step(LocalDate date, List<String> stated, List<Live> live, List<Territory> territory) {}

  /** The whole timeline. */
  public record Result(String scenarioId, String scenarioTitle, Party party, String rulesDigest, List<Step> steps) {}

  private final Evaluator evaluator;

  public Timeline(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** The timeline over every position's statement date, for one party or (null) all of them. */
  public Result of(Scenario scenario, Party party) {
    Catalogue catalogue = evaluator.rules().catalogue();
    List<PositionInfo> positions = catalogue.positions().stream()
        .filter(p -> party == null || p.party() == party).toList();
    Set<LocalDate> dates = new TreeSet<>();
    positions.forEach(p -> dates.add(p.validFrom()));
    List<Step> steps = new ArrayList<>();
    for (LocalDate date : dates) {
      Scenario asOf = new Scenario(scenario.id(), scenario.title(), scenario.description(), date, scenario.facts(),
          scenario.expect(), scenario.source());
      Evaluation e = evaluator.evaluate(asOf, Mode.AS_OF, Set.of());
      List<Live> live = new ArrayList<>();
      for (PositionResult p : e.positions()) {
        if (!p.applicable() || (party != null && p.party() != party)) {
          continue;
        }
        List<Condition> conditions = new ArrayList<>();
        for (ConditionResult c : p.conditions()) {
          ConditionInfo info = catalogue.condition(c.id()).orElseThrow();
          conditions.add(new Condition(c.id(), c.status(), c.lenientStatus(), info.regions(Reading.STRICT),
              info.regions(Reading.LENIENT)));
        }
        live.add(new Live(p.id(), p.party(), p.title(), catalogue.position(p.id()).orElseThrow().validFrom(),
            p.reliability(), p.summary(), conditions));
      }
      List<Territory> territory = new ArrayList<>();
      for (Party each : Party.values()) {
        Set<String> strict = new TreeSet<>();
        Set<String> lenient = new TreeSet<>();
        List<String> from = new ArrayList<>();
        for (Live l : live) {
          for (ConditionInfo c : catalogue.conditions(l.id())) {
            if (l.party() == each && "territory".equals(c.topic()) && !c.regions().isEmpty()) {
              strict.addAll(c.regions(Reading.STRICT));
              lenient.addAll(c.regions(Reading.LENIENT));
              from.add(c.id());
            }
          }
        }
        if (!from.isEmpty()) {
          territory.add(new Territory(each, List.copyOf(strict), List.copyOf(lenient), from));
        }
      }
      List<String> stated = positions.stream().filter(p -> p.validFrom().equals(date)).map(PositionInfo::id).toList();
      steps.add(new Step(date, stated, live, territory));
    }
    return new Result(scenario.id(), scenario.title(), party, evaluator.rules().digest(), steps);
  }
}
