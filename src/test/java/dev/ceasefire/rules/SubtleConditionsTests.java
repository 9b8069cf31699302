package dev.ceasefire.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.PositionResult;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The subtleties of positions.md §3, asserted through the rules that fired as well as the statuses. */
class SubtleConditionsTests {

  private static Scenario yaml(String facts) {
    String doc = "id: inline\ntitle: Inline scenario\nasOfDate: 2024-06-14\nfacts:\n" + facts.indent(2);
    try {
      return new ScenarioReader().read(doc.getBytes(StandardCharsets.UTF_8), "inline.yaml", false);
    } catch (ScenarioException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static ConditionResult condition(Evaluation e, String id) {
    return e.positions().stream().flatMap(p -> p.conditions().stream()).filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void freezeOfNatoBidIsNotAnOfficialAbandonment() {
    ConditionResult c = condition(TestRules.evaluate(yaml("nato: {bid: FROZEN, officialNotification: true}")),
        "RU-2024-06-14/officially-renounce-nato");
    assertThat(c.status()).isEqualTo(Status.NOT_MET);
    assertThat(c.lenientStatus()).isEqualTo(Status.PARTIAL);
    assertThat(c.rulesFired()).containsExactly("RU-2024-06-14/officially-renounce-nato: freeze is not abandonment");
  }

  @Test
  void aFootholdOfAnySizeKeepsARegionPresent() {
    Evaluation e = TestRules.evaluate(yaml("""
        regions:
          DONETSK: {uaTroopPresence: NONE}
          LUHANSK: {uaTroopPresence: PRESENT, uaControlSharePct: 1}
          ZAPORIZHZHIA: {uaTroopPresence: NONE}
          KHERSON: {uaTroopPresence: NONE}
        """));
    ConditionResult c = condition(e, "RU-2024-06-14/withdraw-four-regions");
    assertThat(c.status()).isEqualTo(Status.PARTIAL);
    assertThat(c.rulesFired()).containsExactly("RU-2024-06-14/withdraw-four-regions: withdrawal from some regions only");
    assertThat(c.reasons().get(0)).contains("still present or withdrawing in: LUHANSK");
  }

  @Test
  void theTriggerFiresRussiasPromisesWhileTheFullWithdrawalIsStillPartial() {
    Evaluation e = TestRules.evaluate(yaml("""
        regions:
          DONETSK: {uaTroopPresence: WITHDRAWING, withdrawalStartDate: 2024-07-01}
          LUHANSK: {uaTroopPresence: NONE}
          ZAPORIZHZHIA: {uaTroopPresence: WITHDRAWING, withdrawalStartDate: 2024-07-01}
          KHERSON: {uaTroopPresence: WITHDRAWING, withdrawalStartDate: 2024-07-01}
        uaWithdrawalDeclaration: {date: 2024-06-30, regions: [DONETSK, LUHANSK, ZAPORIZHZHIA, KHERSON]}
        nato: {bid: FORMALLY_ABANDONED, officialNotification: true}
        ceasefire: {status: NONE}
        """));
    assertThat(condition(e, "RU-2024-06-14/ceasefire-trigger").status()).isEqualTo(Status.MET);
    assertThat(condition(e, "RU-2024-06-14/withdraw-four-regions").status()).isEqualTo(Status.PARTIAL);
    ConditionResult order = condition(e, "RU-2024-06-14/order-ceasefire-immediately");
    assertThat(order.status()).isEqualTo(Status.NOT_MET);
    assertThat(order.reasons().get(0)).startsWith("non-compliance");
    assertThat(order.rulesFired()).contains("RU-2024-06-14/order-ceasefire-immediately: non-compliance");
  }

  @Test
  void aPromiseWhoseTriggerIsNotMetIsNotApplicableNotABreach() {
    ConditionResult c = condition(TestRules.evaluate(TestRules.statusQuo2024()),
        "RU-2024-06-14/order-ceasefire-immediately");
    assertThat(c.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(c.reasons().get(0)).contains("consequences fire only on MET");
  }

  @Test
  void aCompositeTakesItsWeakestPartAndSaysWhichPartsHold() {
    Evaluation e = TestRules.evaluate(yaml("""
        regions:
          DONETSK: {uaTroopPresence: WITHDRAWING}
          LUHANSK: {uaTroopPresence: WITHDRAWING}
          ZAPORIZHZHIA: {uaTroopPresence: WITHDRAWING}
          KHERSON: {uaTroopPresence: WITHDRAWING}
        uaWithdrawalDeclaration: {regions: [Donbas, Zaporozhye, Kherson]}
        nato: {bid: ACTIVE}
        """));
    ConditionResult trigger = condition(e, "RU-2024-06-14/ceasefire-trigger");
    assertThat(trigger.status()).isEqualTo(Status.NOT_MET);
    assertThat(trigger.reasons()).containsExactly(
        "part RU-2024-06-14/declare-readiness: MET (Kyiv has declared readiness to withdraw from DONETSK, KHERSON, LUHANSK, ZAPORIZHZHIA)",
        "part RU-2024-06-14/begin-real-withdrawal: MET (Ukrainian troops are withdrawing from, or gone from, all four regions)",
        "part RU-2024-06-14/officially-renounce-nato: NOT_MET (Ukraine's NATO bid is ACTIVE)");
    assertThat(trigger.rulesFired()).isEmpty();
  }

  @Test
  void aFactLeftOutIsUnknownNeverFalse() {
    Evaluation e = TestRules.evaluate(yaml("nato: {bid: FORMALLY_ABANDONED}"));
    ConditionResult c = condition(e, "RU-2024-06-14/officially-renounce-nato");
    assertThat(c.status()).isEqualTo(Status.UNKNOWN);
    assertThat(condition(e, "RU-2024-06-14/withdraw-four-regions").status()).isEqualTo(Status.UNKNOWN);
    assertThat(e.warnings()).noneMatch(w -> w.startsWith("RULE_"));
  }

  @Test
  void deferringCrimeaToTalksIsNotRecognition() {
    ConditionResult c = condition(TestRules.evaluate(yaml("""
        regions:
          CRIMEA: {recognitionAsRu: NONE}
          SEVASTOPOL: {recognitionAsRu: NONE}
          DONETSK: {recognitionAsRu: DE_JURE_BY_UA}
          LUHANSK: {recognitionAsRu: DE_JURE_BY_UA}
          ZAPORIZHZHIA: {recognitionAsRu: DE_JURE_BY_UA}
          KHERSON: {recognitionAsRu: DE_JURE_BY_UA}
        crimeaTrack: {mode: BILATERAL_TALKS, years: 15, covers: [CRIMEA, SEVASTOPOL]}
        """)), "RU-2024-06-14/recognise-territorial-realities");
    assertThat(c.status()).isEqualTo(Status.PARTIAL);
    assertThat(c.reasons().get(0)).contains("not recognition");
  }

  @Test
  void theSignatoryIsContestedAndJudgedOnRussiasOwnReading() {
    ConditionResult c = condition(TestRules.evaluate(TestRules.statusQuo2024()),
        "RU-2024-06-14/legitimate-ukrainian-signatory");
    assertThat(c.contested()).isTrue();
    assertThat(c.status()).isEqualTo(Status.NOT_MET);
    assertThat(c.partyStatus()).containsEntry(dev.ceasefire.model.Party.RU, Status.NOT_MET)
        .containsEntry(dev.ceasefire.model.Party.UA, Status.MET);
  }

  @Nested
  class AsOfMode {

    @Test
    void judgesOnlyPositionsStatedByTheScenarioDate() {
      Scenario april2022 = new Scenario("april-2022", "April 2022", null, java.time.LocalDate.of(2022, 4, 1),
          TestRules.statusQuo2024().facts(), null, "inline");
      Evaluation e = TestRules.evaluate(april2022, Mode.AS_OF);
      PositionResult ru2024 = e.positions().stream().filter(p -> p.id().equals("RU-2024-06-14")).findFirst().orElseThrow();
      assertThat(ru2024.applicable()).isFalse();
      assertThat(ru2024.applicability()).contains("stated on 2024-06-14, after the scenario's date 2022-04-01");
      assertThat(ru2024.conditions()).allMatch(c -> c.status() == Status.NOT_APPLICABLE
          && c.lenientStatus() == Status.NOT_APPLICABLE);
      assertThat(e.positions().stream().filter(p -> p.id().startsWith("RU-2022")).findFirst().orElseThrow().applicable())
          .isTrue();
    }

    @Test
    void allPositionsModeJudgesEveryPositionWhateverItsDate() {
      Scenario april2022 = new Scenario("april-2022", "April 2022", null, java.time.LocalDate.of(2022, 4, 1),
          TestRules.statusQuo2024().facts(), null, "inline");
      assertThat(TestRules.evaluate(april2022, Mode.ALL_POSITIONS).positions()).allMatch(PositionResult::applicable);
    }
  }
}
