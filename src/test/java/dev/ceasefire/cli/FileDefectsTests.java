package dev.ceasefire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.analysis.PositionDiff;
import dev.ceasefire.cli.CliTests.Run;
import dev.ceasefire.rules.Catalogue;
import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.rules.RuleSets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defective files and folders through the commands: what is said, where, and exit code 2. */
class FileDefectsTests {

  private static final Path STATUS_QUO = Path.of("scenarios/status-quo-2024-06-14.yaml");

  @TempDir
  Path dir;

  private static Run run(String... args) {
    return CliTests.run(args);
  }

  /** A scenario whose expect: names a condition the rules lack, one edit away from a real one (line 7, column 3). */
  private Path unknownExpectation() throws IOException {
    return Files.writeString(dir.resolve("unknown.yaml"), """
        id: unknown-condition
        title: An expectation one letter off
        asOfDate: 2024-06-14
        facts:
          nato: { bid: ACTIVE }
        expect:
          RU-2024-06-14/withdraw-four-region: MET
        """);
  }

  private static final String UNKNOWN_EXPECTATION = ":7:3: expect.RU-2024-06-14/withdraw-four-region: unknown condition"
      + " 'RU-2024-06-14/withdraw-four-region' (expected a condition id of the rules (ceasefire positions lists them);"
      + " did you mean RU-2024-06-14/withdraw-four-regions?)";

  private static Run withStdin(byte[] content, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(content));
    try {
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Nested
  class Expectations {

    @Test
    void validateNamesTheUnknownConditionWithLineColumnAndSuggestion() throws IOException {
      Path file = unknownExpectation();

      Run r = run("validate", file.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(file + UNKNOWN_EXPECTATION);
      assertThat(r.out()).isEmpty();
    }

    @Test
    void validateChecksAgainstTheRulesFolderGiven() throws IOException {
      Path file = unknownExpectation();

      Run r = run("validate", "--rules", "rules", file.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains(file + UNKNOWN_EXPECTATION);
    }

    @Test
    void evaluateNamesTheUnknownConditionWithLineColumnAndSuggestion() throws IOException {
      Path file = unknownExpectation();

      Run r = run("evaluate", "--color", "never", file.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(file + UNKNOWN_EXPECTATION);
      assertThat(r.out()).isEmpty();
    }

    @Test
    void evaluateOfStandardInputNamesTheUnknownConditionToo() throws IOException {
      byte[] content = Files.readAllBytes(unknownExpectation());

      Run r = withStdin(content, "evaluate", "--color", "never", "-");

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo("<stdin>" + UNKNOWN_EXPECTATION);
      assertThat(r.out()).isEmpty();
    }
  }

  @Nested
  class StandardInput {

    @Test
    void evaluateReadsAScenarioFromStandardInput() throws IOException {
      Run r = withStdin(Files.readAllBytes(STATUS_QUO), "evaluate", "--color", "never", "-");

      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("Status quo on 14 June 2024", "withdraw-four-regions");
    }

    @Test
    void evaluateReadsJsonFromStandardInput() {
      String json = """
          {"id": "from-stdin", "title": "Read from standard input", "asOfDate": "2024-06-14",
           "facts": {"nato": {"bid": "ACTIVE"}}}
          """;

      Run r = withStdin(json.getBytes(StandardCharsets.UTF_8), "evaluate", "--format", "json", "-");

      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("\"from-stdin\"");
    }

    @Test
    void aBadScenarioOnStandardInputIsNamedStdinWithItsLine() {
      Run r = withStdin("id: x\ntitle: T\nasOfDate: 2024-06-14\nfacts:\n  nato: { bid: FROZE }\n"
          .getBytes(StandardCharsets.UTF_8), "evaluate", "-");

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("<stdin>:5:16: facts.nato.bid: unknown value 'FROZE'", "did you mean FROZEN?");
    }
  }

  @Nested
  class Folders {

    @Test
    void aMissingFolderIsBadInput() {
      Path missing = dir.resolve("no-such-folder");

      Run r = run("validate", missing.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(missing + ": no such file or folder");
    }

    @Test
    void aTypoInAFolderNameIsBadInputWithTheFolderMeant() throws IOException {
      Files.createDirectories(dir.resolve("scenarios"));
      Files.copy(STATUS_QUO, dir.resolve("scenarios/status-quo.yaml"));

      Run r = run("validate", dir.resolve("scenraios").toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(dir.resolve("scenraios") + ": no such file or folder (did you mean "
          + dir.resolve("scenarios") + "?)");
    }

    @Test
    void anEmptyFolderIsBadInput() throws IOException {
      Path empty = Files.createDirectories(dir.resolve("empty"));
      Files.writeString(empty.resolve("notes.txt"), "not a scenario");

      Run r = run("validate", empty.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(empty + ": no scenario files (*.yaml, *.yml, *.json) in this folder");
    }

    @Test
    void aSymbolicLinkThatLoopsIsReported() throws IOException {
      Path folder = Files.createDirectories(dir.resolve("looping"));
      Files.copy(STATUS_QUO, folder.resolve("status-quo.yaml"));
      Path sub = Files.createDirectories(folder.resolve("sub"));
      Files.createSymbolicLink(sub.resolve("back"), folder);

      Run r = run("validate", folder.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(sub.resolve("back") + ": a symbolic link that loops back into the folder"
          + " above it");
    }

    @Test
    void twoFilesWithOneIdAreBothNamed() throws IOException {
      Path copy = Files.copy(STATUS_QUO, dir.resolve("copy.yaml"));

      Run r = run("validate", STATUS_QUO.toString(), copy.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(copy + ": id 'status-quo-2024-06-14' is already the id of " + STATUS_QUO
          + " (each scenario needs an id of its own)");
    }

    @Test
    void aFolderOfGoodFilesIsValid() throws IOException {
      Path folder = Files.createDirectories(dir.resolve("good"));
      Files.copy(STATUS_QUO, folder.resolve("status-quo.yaml"));

      Run r = run("validate", folder.toString());

      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out().strip()).isEqualTo("1 file valid");
    }
  }

  @Nested
  class Encodings {

    @Test
    void utf16IsNamedWithExitTwo() throws IOException {
      String text = Files.readString(STATUS_QUO);
      Path withBom = Files.write(dir.resolve("bom.yaml"), text.getBytes(StandardCharsets.UTF_16));
      Path without = Files.write(dir.resolve("le.yaml"), text.getBytes(StandardCharsets.UTF_16LE));

      Run r = run("validate", withBom.toString(), without.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().lines().toList()).containsExactly(
          withBom + ": UTF-16 text (it starts with a UTF-16 byte order mark) (expected UTF-8 text: save the file as"
              + " UTF-8)",
          without + ": UTF-16 text (every other byte is NUL) (expected UTF-8 text: save the file as UTF-8)");
    }
  }

  @Nested
  class NullsAndIds {

    @Test
    void factsNullIsReportedAtItsLineAsPresentButEmpty() throws IOException {
      Path file = Files.writeString(dir.resolve("x.yaml"), "id: x\ntitle: T\nasOfDate: 2024-06-14\nfacts: null\n");

      Run r = run("validate", file.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(file + ":4:1: facts: required key 'facts' is present but empty (null)"
          + " (expected a mapping of facts; write facts: {} when no fact is known)");
    }

    @Test
    void aCyrillicIdGetsATransliteratedSuggestionNotADigit() throws IOException {
      Path file = Files.writeString(dir.resolve("x.yaml"), "id: сценарій 1\ntitle: T\nasOfDate: 2024-06-14\nfacts: {}\n");

      Run r = run("validate", file.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(file + ":1:5: id: invalid id 'сценарій 1' (expected kebab case such as"
          + " status-quo-2024-06-14; did you mean stsenarii-1?)");
    }
  }

  @Nested
  class BrokenRules {

    /** A copy of rules/ in a folder named x, so that no message can name rules/… by accident. */
    private Path copyOfRules() throws IOException {
      Path rules = Files.createDirectories(dir.resolve("x"));
      for (Path p : Files.list(Path.of("rules")).toList()) {
        Files.copy(p, rules.resolve(p.getFileName()));
      }
      return rules;
    }

    private void replaceOnce(Path file, String from, String to, int onLine) throws IOException {
      String text = Files.readString(file);
      assertThat(text).contains(from);
      int at = text.indexOf(from);
      Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
      assertThat(Files.readAllLines(file).get(onLine - 1)).contains(to.strip());
    }

    @Test
    void anUnresolvableConstraintIsNamedByTheFolderGivenAndItsLine() throws IOException {
      Path rules = copyOfRules();
      Path drl = rules.resolve("ru-2024-06-14.drl");
      replaceOnce(drl, "side == Side.UKRAINE, gone == size)", "side == Side.UKRAINE, gone == sizeX)", 35);

      Run r = run("evaluate", "--rules", rules.toString(), STATUS_QUO.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).startsWith(drl + ":35: Unable to Analyse Expression gone == sizeX:")
          .doesNotContain("rules/ru-2024-06-14.drl", ":-1:");
      assertThat(r.out()).isEmpty();
    }

    @Test
    void anErrorInAConsequenceIsOnItsOwnLineNotTheRulesFirst() throws IOException {
      Path rules = copyOfRules();
      Path drl = rules.resolve("ru-2024-06-14.drl");
      replaceOnce(drl, "ZAPORIZHZHIA, KHERSON\"));", "ZAPORIZHZHIA, KHERSON\", undefinedVar));", 38);

      Run r = run("evaluate", "--rules", rules.toString(), STATUS_QUO.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo(drl + ":38: Rule Compilation error undefinedVar cannot be resolved to a"
          + " variable");
    }

    @Test
    void aSyntaxErrorIsNamedByTheFolderGivenWithoutTheParsersEcho() throws IOException {
      Path rules = copyOfRules();
      Path drl = rules.resolve("ru-2024-06-14.drl");
      replaceOnce(drl, "side == Side.UKRAINE, gone == size)", "side == Side.UKRAINE, gone == size", 35);

      Run r = run("evaluate", "--rules", rules.toString(), STATUS_QUO.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).startsWith(drl + ":36: [ERR 102] Line 36:0 mismatched input 'then'")
          .doesNotContain("null Package", ":0:");
    }

    @Test
    void aBrokenCatalogueIsNamedByTheFolderGiven() throws IOException {
      Path rules = copyOfRules();
      Path yaml = rules.resolve("ru-2024-06-14.yaml");
      Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^position:", "positon:"));

      Run r = run("validate", "--rules", rules.toString(), STATUS_QUO.toString());

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).startsWith(yaml + ":").doesNotContain("rules/ru-2024-06-14.yaml");
    }
  }

  @Nested
  class PositionsDiffOfItself {

    @Test
    void everyConditionIsSameAndNothingAddedOrDropped() {
      Run r = run("positions", "diff", "RU-2024-06-14", "RU-2024-06-14");

      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("note: A and B are the same position: nothing changed",
          "SAME       RU-2024-06-14/withdraw-four-regions -> RU-2024-06-14/withdraw-four-regions")
          .doesNotContain("ADDED", "DROPPED");
    }

    @Test
    void theDiffHasOneSameEntryPerCondition() {
      Catalogue catalogue = RuleSet.catalogue(RuleSets.files(null));
      for (String id : List.of("RU-2024-06-14", "UA-2022-03-29", "US-2025-11-20")) {
        PositionDiff.Result diff = PositionDiff.of(catalogue, id, id);

        assertThat(diff.entries()).as(id).hasSize(catalogue.conditions(id).size())
            .allSatisfy(e -> {
              assertThat(e.change()).isEqualTo("SAME");
              assertThat(e.from()).isEqualTo(e.to());
            });
      }
    }

    @Test
    void asJsonToo() {
      Run r = run("positions", "diff", "UA-2022-03-29", "UA-2022-03-29", "--format", "json");

      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("\"change\" : \"SAME\"").doesNotContain("\"ADDED\"", "\"DROPPED\"");
    }
  }
}
