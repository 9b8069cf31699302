package dev.ceasefire.analysis;

import static dev.ceasefire.rules.TestRules.statusQuo2024;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.analysis.Analyses.CommonGroundResult;
import dev.ceasefire.model.Reading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommonGroundTests {

  static CommonGroundResult istanbulAndPutin;

  @BeforeAll
  static void analyse() {
    istanbulAndPutin = AnalysesFixture.analyses().commonGround(statusQuo2024(), "UA-2022-03-29", "RU-2024-06-14",
        Reading.STRICT, java.util.List.of());
    System.out.println("common ground: " + istanbulAndPutin.evaluationsByStep() + " in " + istanbulAndPutin.millis() + " ms");
  }

  @Test
  void istanbulWithdrawalAndPutinsWithdrawalCollideOverTheFourRegions() {
    assertThat(istanbulAndPutin.allMet()).isFalse();
    assertThat(istanbulAndPutin.collisions()).anySatisfy(c -> {
      assertThat(c.a()).isEqualTo("UA-2022-03-29/ru-withdrawal-to-23-feb-line");
      assertThat(c.b()).isEqualTo("RU-2024-06-14/withdraw-four-regions");
      for (String region : PathwaysTests.FOUR) {
        assertThat(c.facts()).contains("regions." + region + ".uaTroopPresence",
            "regions." + region + ".ruBeyondFeb23Line");
      }
    });
  }

  @Test
  void neutralityIsCommonGroundBetweenIstanbulAndPutin2024() {
    assertThat(istanbulAndPutin.overlaps()).anySatisfy(o -> {
      assertThat(o.a()).isEqualTo("UA-2022-03-29/permanent-neutrality");
      assertThat(o.b()).isEqualTo("RU-2024-06-14/neutral-non-aligned-status");
      assertThat(o.facts()).contains("neutrality.status");
    });
  }
}
