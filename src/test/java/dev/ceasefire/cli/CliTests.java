package dev.ceasefire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI through picocli's execute: exit codes, stdout and stderr. */
class CliTests {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine(false);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void evaluatePrintsATableGroupedByPosition() {
    Run r = run("evaluate", "--color", "never", "scenarios/status-quo-2024-06-14.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Status quo on 14 June 2024", "RU-2024-06-14  Putin's conditions",
        "withdraw-four-regions", "NOT_MET").doesNotContain("\u001B[");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void evaluateAsJsonFollowsTheContract() {
    Run r = run("evaluate", "--format", "json", "scenarios/status-quo-2024-06-14.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"scenario\"", "\"mode\" : \"ALL_POSITIONS\"", "\"digest\" : \"sha256:",
        "\"lenientStatus\"", "\"obligatedActors\"", "\"source\"");
  }

  @Test
  void evaluateOfSeveralFilesAsJsonIsAnArray() {
    Run r = run("evaluate", "--format", "json", "scenarios/status-quo-2024-06-14.yaml",
        "scenarios/status-quo-2024-06-14.yaml");
    assertThat(r.out()).startsWith("[");
  }

  @Test
  void evaluateAsMarkdownMakesAHandout() {
    Run r = run("evaluate", "--format", "markdown", "scenarios/status-quo-2024-06-14.yaml");
    assertThat(r.out()).startsWith("# Status quo on 14 June 2024").contains("| Condition | Strict | Lenient | Why |", "> ");
  }

  @Test
  void testPassesOnTheCanonicalScenario() {
    Run r = run("test", "scenarios/status-quo-2024-06-14.yaml");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("1 passed, 0 failed");
  }

  @Test
  void positionsAsJsonListsEveryCondition() {
    Run r = run("positions", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"RU-2024-06-14/ceasefire-trigger\"", "\"reliability\" : \"ON_RECORD\"");
  }

  @Test
  void versionAndHelpWork() {
    assertThat(run("--version").out()).startsWith("ceasefire ");
    assertThat(run("evaluate", "--help").out()).contains("--format", "--mode", "--position", "--rules");
  }

  @Nested
  class BadInput {

    @TempDir
    Path dir;

    @Test
    void rejectsMisspeltEnumValueWithExitTwoAndNothingOnStdout() throws IOException {
      Path bad = dir.resolve("bad.yaml");
      Files.writeString(bad, Files.readString(Path.of("scenarios/status-quo-2024-06-14.yaml"))
          .replace("bid: ACTIVE", "bid: FROZE"));
      Run r = run("evaluate", bad.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("bad.yaml:", "facts.nato.bid", "'FROZE'", "did you mean FROZEN?")
          .doesNotContain("Exception", "\tat ");
    }

    @Test
    void testFailsWithExitOneOnAMismatchAndSaysWhy() throws IOException {
      Path wrong = dir.resolve("wrong.yaml");
      Files.writeString(wrong, """
          id: wrong-expectation
          title: An expectation that does not hold
          asOfDate: 2024-06-14
          facts:
            nato: { bid: ACTIVE }
          expect:
            RU-2024-06-14/officially-renounce-nato: MET
          """);
      Run r = run("test", wrong.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).contains("FAIL", "RU-2024-06-14/officially-renounce-nato: status expected MET, got NOT_MET",
          "because: Ukraine's NATO bid is ACTIVE", "0 passed, 1 failed");
    }

    @Test
    void anExpectationNamingAnUnknownConditionIsAnError() throws IOException {
      Path unknown = dir.resolve("unknown.yaml");
      Files.writeString(unknown, """
          id: unknown-condition
          title: An expectation about a condition nobody stated
          asOfDate: 2024-06-14
          facts: {}
          expect:
            RU-2024-06-14/give-back-alaska: MET
          """);
      Run r = run("test", unknown.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains(unknown + ":6:3: expect.RU-2024-06-14/give-back-alaska: unknown condition"
          + " 'RU-2024-06-14/give-back-alaska'");
    }

    @Test
    void validateNamesEveryBadFile() throws IOException {
      Files.writeString(dir.resolve("a.yaml"), "id: a\ntitle: A\nasOfDate: 2024-13-40\nfacts: {}\n");
      Files.writeString(dir.resolve("b.json"), "{\"id\": \"b\", \"title\": \"B\", \"asOfDate\": \"2024-06-14\", \"facts\": {\"nato\": {\"bid\": 3}}}");
      Run r = run("validate", dir.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("a.yaml:3", "asOfDate", "b.json:1", "facts.nato.bid");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
      Run r = run("evaluate", "--frobnicate", "scenarios/status-quo-2024-06-14.yaml");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void brokenRulesFolderIsReportedWithExitTwo() throws IOException {
      Path rules = dir.resolve("rules");
      Files.createDirectories(rules);
      for (Path p : Files.list(Path.of("rules")).toList()) {
        Files.copy(p, rules.resolve(p.getFileName()));
      }
      Files.writeString(rules.resolve("broken.drl"), "package broken;\nrule \"x\" when Nonsense( then end\n");
      Run r = run("evaluate", "--rules", rules.toString(), "scenarios/status-quo-2024-06-14.yaml");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("rules/broken.drl:");
      assertThat(r.out()).isEmpty();
    }
  }

  @Nested
  class Timeline {

    @Test
    void timelineAsTextShowsEachStatementDateAndTheTerritorialDemand() {
      Run r = run("timeline", "--party", "RU", "scenarios/status-quo-2024-06-14.yaml");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("2024-06-14  stated: RU-2024-06-14",
          "territory RU: DONETSK, KHERSON, LUHANSK, ZAPORIZHZHIA  [RU-2024-06-14/withdraw-four-regions]",
          "2026-01-23  stated: RU-2026-01-23", "territory RU: DONETSK, LUHANSK  [RU-2026-01-23/leave-donbas]",
          "live RU-2025-08-15  (RU, 2025-08-15, REPORTED)");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void timelineAsJsonAndAsSelfContainedHtml() {
      Run json = run("timeline", "--party", "RU", "--format", "json", "scenarios/status-quo-2024-06-14.yaml");
      assertThat(json.out()).contains("\"steps\"", "\"territory\"", "\"reliability\" : \"REPORTED\"");
      Run html = run("timeline", "--format", "html", "scenarios/status-quo-2024-06-14.yaml");
      assertThat(html.code()).isZero();
      assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<svg", "<polyline", "RU-2026-01-23")
          .doesNotContain("src=\"http", "href=\"http", "url(http", "<script");
    }

    @Test
    void timelineOfAMissingFileIsBadInput() {
      Run r = run("timeline", "scenarios/no-such-file.yaml");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
    }
  }

  @Nested
  class PositionsDiff {

    @Test
    void diffShowsConditionsTightenedAddedAndDroppedWithTheirQuotes() {
      Run r = run("positions", "diff", "RU-2024-06-14", "RU-2025-06-02");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains(
          "TIGHTENED  RU-2024-06-14/recognise-territorial-realities -> RU-2025-06-02/memo-s1-final-settlement",
          "TIGHTENED  RU-2024-06-14/ceasefire-trigger -> RU-2025-06-02/memo-ceasefire-option1",
          "ADDED      RU-2025-06-02/memo-sequence", "DROPPED    RU-2024-06-14/legitimate-ukrainian-signatory",
          "before: “", "after:  “international legal recognition");
    }

    @Test
    void diffAcrossTheNarrowingIsLoosenedAsTheCatalogueRecordsIt() {
      Run r = run("positions", "diff", "RU-2025-06-02", "RU-2025-08-15", "--format", "json");
      assertThat(r.out()).contains("\"change\" : \"LOOSENED\"", "RU-2025-08-15/donbas-for-southern-freeze");
    }

    @Test
    void diffOfAnUnknownPositionIsBadInput() {
      Run r = run("positions", "diff", "RU-2024-06-14", "RU-1999-01-01");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("unknown position 'RU-1999-01-01'");
    }
  }
}
