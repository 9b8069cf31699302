package dev.ceasefire.cli;

import static dev.ceasefire.cli.CliTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.cli.CliTests.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pathways, common-ground and sweep commands: exit codes, stdout and stderr. */
class AnalysisCommandsTests {

  static final String STATUS_QUO = "scenarios/status-quo-2024-06-14.yaml";

  @Test
  void pathwaysPrintsTheSmallestChangesAndTheirSideEffects() {
    Run r = run("pathways", STATUS_QUO, "--target", "RU-2024-06-14/officially-renounce-nato", "--max-changes", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Pathways to RU-2024-06-14/officially-renounce-nato = MET (STRICT reading)",
        "now NOT_MET", "1. 2 changes", "nato.officialNotification", "false → true", "side effects:");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void pathwaysAsJsonGivesEveryPathway() {
    Run r = run("pathways", STATUS_QUO, "--target", "RU-2024-06-14/officially-renounce-nato=PARTIAL",
        "--reading", "lenient", "--max-changes", "1", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"goal\" : \"PARTIAL\"", "\"reading\" : \"LENIENT\"", "\"path\" : \"nato.bid\"",
        "\"to\" : \"FROZEN\"");
  }

  @Test
  void commonGroundWritesAWitnessScenarioThatReadsBack(@TempDir Path dir) throws Exception {
    Path witness = dir.resolve("witness.yaml");
    Run r = run("common-ground", "--positions", "RU-2022-03-29,RU-2024-06-14", "--base", STATUS_QUO,
        "--fix", "ruMilitaryActivity.KYIV_AXIS.strikes", "--witness", witness.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Common ground of RU-2022-03-29 and RU-2024-06-14", "Overlaps");
    if (Files.exists(witness)) {
      assertThat(run("validate", witness.toString()).code()).isZero();
    }
  }

  @Test
  void sweepPrintsTheGridAsCsvAndAsAHeatMap() {
    Run csv = run("sweep", STATUS_QUO, "--vary", "nato.bid=ACTIVE,FROZEN,FORMALLY_ABANDONED",
        "--vary", "nato.officialNotification=false,true");
    assertThat(csv.code()).as(csv.err()).isZero();
    String[] lines = csv.out().split("\n");
    assertThat(lines).hasSize(1 + 6);
    assertThat(lines[0]).startsWith("nato.bid,nato.officialNotification,").contains("RU-2024-06-14/officially-renounce-nato");
    assertThat(csv.out()).contains("FORMALLY_ABANDONED,true,");
    assertThat(csv.err()).as("no progress bar when stderr is not a terminal").isEmpty();

    Run html = run("sweep", STATUS_QUO, "--vary", "uaWithdrawalDeclaration.regions=[],[DONETSK,LUHANSK],[new regions]",
        "--format", "html");
    assertThat(html.code()).as(html.err()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("class=\"MET\"", ">NOT<", "Legend",
        "uaWithdrawalDeclaration.regions=[DONETSK, LUHANSK]");
  }

  @Test
  void sweepAsMarkdownAndJson() {
    Run md = run("sweep", STATUS_QUO, "--vary", "facts.neutrality.status=NONE,CONSTITUTIONAL_PERMANENT", "-f", "markdown");
    assertThat(md.out()).contains("| Condition | P1 | P2 |", "| RU-2024-06-14/neutral-non-aligned-status | NOT_MET | MET |");
    Run json = run("sweep", STATUS_QUO, "--vary", "neutrality.status=NONE", "-f", "json");
    assertThat(json.out()).contains("\"varied\" : [", "\"neutrality.status\"", "\"lenientStatus\"");
  }

  @Nested
  class BadInput {

    @Test
    void unknownFactPathIsExit2NamingThePath() {
      Run r = run("sweep", STATUS_QUO, "--vary", "nato.bidd=ACTIVE");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("--vary: unknown fact path 'nato.bidd'", "nato.bid");
      assertThat(r.out()).isEmpty();
    }

    @Test
    void badValueIsExit2WithTheAllowedValues() {
      Run r = run("pathways", STATUS_QUO, "--target", "RU-2024-06-14/ceasefire-trigger", "--fix", "nato.bid=FROZE");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("nato.bid: bad value 'FROZE'", "ACTIVE, FROZEN, FORMALLY_ABANDONED");
    }

    @Test
    void unknownConditionOrStatusIsExit2() {
      assertThat(run("pathways", STATUS_QUO, "--target", "RU-2024-06-14/nope").err())
          .contains("unknown condition 'RU-2024-06-14/nope'");
      Run r = run("pathways", STATUS_QUO, "--target", "RU-2024-06-14/ceasefire-trigger=DONE");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("unknown status 'DONE'", "NOT_APPLICABLE");
    }

    @Test
    void commonGroundNeedsTwoKnownPositions() {
      Run r = run("common-ground", "--positions", "UA-2022-03-29,XX-2024-01-01");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("unknown position 'XX-2024-01-01'");
      assertThat(run("common-ground", "--positions", "UA-2022-03-29").code()).isEqualTo(2);
    }
  }
}
