package dev.ceasefire.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.Party;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.TestRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status-quo scenario judged AS_OF each statement date. */
class TimelineTests {

  private static Timeline.Result russiaOnStatusQuo() {
    return new Timeline(new Evaluator(TestRules.rules())).of(TestRules.statusQuo2024(), Party.RU);
  }

  private static Timeline.Territory russianDemandOn(Timeline.Result t, String date) {
    return t.steps().stream().filter(s -> s.date().equals(LocalDate.parse(date))).findFirst().orElseThrow()
        .territory().stream().filter(x -> x.party() == Party.RU).findFirst().orElseThrow();
  }

  @Test
  void russiasTerritorialDemandNarrowsFromFourRegionsToDonbas() {
    Timeline.Result t = russiaOnStatusQuo();
    List<String> four = List.of("DONETSK", "KHERSON", "LUHANSK", "ZAPORIZHZHIA");
    List<String> donbas = List.of("DONETSK", "LUHANSK");
    assertThat(russianDemandOn(t, "2024-06-14").regions()).isEqualTo(four);
    assertThat(russianDemandOn(t, "2024-06-14").from()).containsExactly("RU-2024-06-14/withdraw-four-regions");
    assertThat(russianDemandOn(t, "2025-06-02").regions()).isEqualTo(four);
    assertThat(russianDemandOn(t, "2025-08-15").regions()).isEqualTo(donbas);
    assertThat(russianDemandOn(t, "2025-08-15").lenientRegions()).containsExactly("DONETSK");
    assertThat(russianDemandOn(t, "2025-11-27").lenientRegions()).isEqualTo(donbas);
    assertThat(russianDemandOn(t, "2026-01-23").regions()).isEqualTo(donbas);
    assertThat(russianDemandOn(t, "2026-01-23").from()).containsExactly("RU-2026-01-23/leave-donbas");
  }

  @Test
  void eachStatementDateShowsOnlyThePositionsLiveThenWithTheirReliability() {
    Timeline.Result t = russiaOnStatusQuo();
    assertThat(t.steps()).extracting(s -> s.date().toString()).startsWith("2022-03-29", "2024-06-14")
        .endsWith("2025-08-15", "2025-11-27", "2026-01-23");
    Timeline.Step alaska = t.steps().stream().filter(s -> s.date().equals(LocalDate.of(2025, 8, 15))).findFirst()
        .orElseThrow();
    assertThat(alaska.stated()).containsExactly("RU-2025-08-15");
    assertThat(alaska.live()).extracting(Timeline.Live::id).containsExactly("RU-2025-08-15");
    assertThat(alaska.live().get(0).reliability()).hasToString("REPORTED");
    Timeline.Step last = t.steps().get(t.steps().size() - 1);
    assertThat(last.live()).extracting(Timeline.Live::id).containsExactly("RU-2026-01-23");
    assertThat(last.live().get(0).conditions().get(0).status()).hasToString("NOT_MET");
  }
}
