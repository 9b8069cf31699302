package dev.ceasefire.rules;

import dev.ceasefire.model.Axis;
import dev.ceasefire.model.CityCode;
import dev.ceasefire.model.CityState;
import dev.ceasefire.model.Facts;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.RegionCode;
import dev.ceasefire.model.RegionState;
import dev.ceasefire.model.RuMilitaryActivity;
import dev.ceasefire.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The engine's floors for the benchmarks: the very facts {@link Evaluator} inserts for a scenario, inserted into
 * a rule base built from an empty DRL file, or into the least rule base the output contract allows (one rule per
 * condition of the catalogue, firing once per reading and inserting one {@link Verdict}), with a pooled session
 * fired and disposed the same way.
 */
public final class EngineFloor {

  private final KieSessionsPool pool;
  private final KieSessionsPool contract;
  private final KieSessionsPool sameSize;
  private final RuleSet rules;

  public EngineFloor(RuleSet rules) {
    this.rules = rules;
    pool = build("empty", "package ceasefire.empty;\n");
    StringBuilder drl = new StringBuilder("""
        package ceasefire.floor;
        import dev.ceasefire.model.*;
        import dev.ceasefire.rules.Verdict;
        """);
    for (ConditionInfo c : rules.catalogue().allConditions()) {
      drl.append("rule \"").append(c.id()).append(": the least a verdict takes\"\n")
          .append("when\n    $r : Reading()\n    Ceasefire()\nthen\n")
          .append("    insert(Verdict.of(\"").append(c.id()).append("\", $r, Status.UNKNOWN, \"floor\"));\nend\n");
    }
    contract = build("contract", drl.toString());
    // As many rules again as the real rule base has beyond one per condition, each joining facts that are there
    // (so Drools evaluates it) on a test that fails (so it never fires): the real rules' size and shape, with
    // the least work per rule.
    int real = rules.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    for (int i = 0; i < real - rules.catalogue().allConditions().size(); i++) {
      drl.append("rule \"joins and never fires ").append(i).append("\"\n")
          .append("when\n    $r : Reading()\n    Ceasefire()\n    RegionState(region.name() == $r.name())\nthen\n")
          .append("    insert(Verdict.of(\"never\", $r, Status.UNKNOWN, \"floor\"));\nend\n");
    }
    sameSize = build("same-size", drl.toString());
  }

  private static KieSessionsPool build(String name, String drl) {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId id = ks.newReleaseId("dev.ceasefire", "floor-" + name, "1");
    kfs.generateAndWritePomXML(id);
    kfs.write("src/main/resources/" + name + ".drl", drl);
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    if (builder.getResults().hasMessages(org.kie.api.builder.Message.Level.ERROR)) {
      throw new IllegalStateException(builder.getResults().toString());
    }
    KieBase base = ks.newKieContainer(id).getKieBase();
    return base.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
  }

  /** The objects an evaluation of every position inserts (as Evaluator.insertFacts does). */
  public List<Object> facts(Scenario scenario) {
    List<Object> out = new ArrayList<>();
    out.add(new RunOptions(Mode.ALL_POSITIONS, scenario.asOfDate()));
    out.addAll(List.of(Reading.values()));
    out.addAll(rules.parameters());
    Catalogue catalogue = rules.catalogue();
    for (PositionInfo p : catalogue.positions()) {
      out.add(new PositionDef(p.id(), p.validFrom(), p.supersededBy(), null));
      for (ConditionInfo c : catalogue.conditions(p.id())) {
        out.add(new ConditionDef(c.id(), p.id(), c.parts(), c.bundle(), c.trigger()));
      }
    }
    Facts f = scenario.facts() == null ? Facts.none() : scenario.facts();
    for (RegionCode region : RegionCode.values()) {
      RegionState state = f.regions() == null ? null : f.regions().get(region);
      out.add(state == null ? RegionState.unknown(region) : state.withRegion(region));
    }
    for (CityCode city : CityCode.values()) {
      CityState state = f.cities() == null ? null : f.cities().get(city);
      out.add(state == null ? CityState.unknown(city) : state.withCity(city));
    }
    for (Axis axis : Axis.values()) {
      RuMilitaryActivity state = f.ruMilitaryActivity() == null ? null : f.ruMilitaryActivity().get(axis);
      out.add(state == null ? RuMilitaryActivity.unknown(axis) : state.withAxis(axis));
    }
    for (FactGroups.Group group : FactGroups.GROUPS) {
      out.add(group.valueOrUnknown(f));
    }
    return out;
  }

  /** Inserts the facts into an empty rule base, fires, and disposes: what any evaluation costs at least. */
  public int run(List<Object> facts) {
    return run(pool, facts);
  }

  /**
   * The same into the contract's floor: a verdict per condition and reading (146 firings for 73 conditions),
   * each from a rule of one join and one insert, and none of the real rules' tests, reasons or composites.
   */
  public int runContractFloor(List<Object> facts) {
    return run(contract, facts);
  }

  /**
   * The contract's floor with as many rules as the real rule base, the others evaluated but never firing: what the
   * real rules' number costs, before their tests, joins, reasons and composites.
   */
  public int runSameSizeFloor(List<Object> facts) {
    return run(sameSize, facts);
  }

  private static int run(KieSessionsPool sessions, List<Object> facts) {
    KieSession session = sessions.newKieSession();
    try {
      facts.forEach(session::insert);
      return session.fireAllRules() + (int) session.getFactCount();
    } finally {
      session.dispose();
    }
  }
}
