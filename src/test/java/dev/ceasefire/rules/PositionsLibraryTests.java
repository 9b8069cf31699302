package dev.ceasefire.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.PositionResult;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The later positions (positions.md §2.4–2.5): in the catalogue with source and reliability, and dated. */
class PositionsLibraryTests {

  static final List<String> LATER_IDS = List.of(
      "RU-2025-03-13/ceasefire-must-address-root-causes", "RU-2025-03-18/full-ceasefire-needs-aid-halt",
      "RU-2025-03-25/black-sea-needs-bank-reconnection", "RU-2025-05-11/talks-without-preconditions",
      "RU-2025-05-16/withdraw-before-ceasefire", "RU-2025-06-02/memo-s1-final-settlement",
      "RU-2025-06-02/memo-ceasefire-option1", "RU-2025-06-02/memo-ceasefire-option2", "RU-2025-06-02/memo-sequence",
      "RU-2025-08-15/donbas-for-southern-freeze", "RU-2025-11-27/leave-territories-or-force",
      "RU-2026-01-23/leave-donbas",
      "UA-2022-11-15/pf01-radiation-nuclear-safety", "UA-2022-11-15/pf02-food-security",
      "UA-2022-11-15/pf03-energy-security", "UA-2022-11-15/pf04-release-prisoners-deportees",
      "UA-2022-11-15/pf05-un-charter-territorial-integrity", "UA-2022-11-15/pf06-withdrawal-cessation",
      "UA-2022-11-15/pf07-justice", "UA-2022-11-15/pf08-ecocide", "UA-2022-11-15/pf09-prevent-escalation",
      "UA-2022-11-15/pf10-confirm-end-of-war", "UA-2024-11-29/nato-umbrella-for-controlled-territory",
      "UA-2025-03-11/interim-30-day-ceasefire", "UA-2025-06-02/memo", "US-2025-11-20/28-point-draft",
      "UA-2025-12-24/20-point-framework", "UA-2025-12-26/referendum-needs-60-day-ceasefire");

  /** The positions live on 1 February 2026 under the supersededBy chains of the catalogue. */
  static final List<String> LIVE_ON_2026_02_01 = List.of("RU-2026-01-23", "US-2025-11-20", "UA-2025-12-24",
      "UA-2025-12-26");

  @Test
  void everyLaterConditionIsInTheCatalogueWithItsSourceAndItsPositionsReliability() {
    Catalogue catalogue = TestRules.rules().catalogue();
    for (String id : LATER_IDS) {
      ConditionInfo c = catalogue.condition(id).orElseThrow(() -> new AssertionError("missing " + id));
      assertThat(c.source().quote()).as(id).isNotBlank();
      assertThat(catalogue.position(c.positionId()).orElseThrow().reliability()).as(id).isNotNull();
    }
  }

  @Test
  void asOfFebruary2026JudgesOnlyThePositionsLiveOnThatDate() {
    Scenario s = TestRules.statusQuo2024();
    Scenario feb2026 = new Scenario("feb-2026", "1 February 2026", null, LocalDate.of(2026, 2, 1), s.facts(), null,
        "inline");
    Evaluation e = TestRules.evaluate(feb2026, Mode.AS_OF);
    assertThat(e.positions().stream().filter(PositionResult::applicable).map(PositionResult::id))
        .containsExactlyInAnyOrderElementsOf(LIVE_ON_2026_02_01);
    PositionResult memo = e.positions().stream().filter(p -> p.id().equals("RU-2025-06-02")).findFirst().orElseThrow();
    assertThat(memo.applicable()).isFalse();
    assertThat(memo.applicability()).contains("superseded by RU-2025-08-15 on 2025-08-15");
    assertThat(memo.conditions()).allMatch(c -> c.status() == Status.NOT_APPLICABLE);
    PositionResult donbas = e.positions().stream().filter(p -> p.id().equals("RU-2026-01-23")).findFirst().orElseThrow();
    assertThat(donbas.conditions().get(0).status()).isEqualTo(Status.NOT_MET);
    assertThat(e.warnings()).noneMatch(w -> w.startsWith("RULE_"));
  }
}
