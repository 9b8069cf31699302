package dev.ceasefire.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ceasefire.model.Expectation;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rule base compiles, every condition carries its metadata and rules, and every condition is tested. */
class RuleBaseTests {

  /** Every condition id of positions.md §2.1–2.3: the public contract of the seeded positions. */
  static final List<String> SEEDED_IDS = List.of(
      "RU-2022-03-29/reduce-activity-kyiv-chernihiv", "RU-2022-03-29/premise-talks-practical-stage",
      "RU-2022-03-29/de-escalation-is-not-a-ceasefire", "RU-2022-03-29/leaders-meet-at-initialling",
      "RU-2022-03-29/no-objection-to-eu", "RU-2022-03-29/exercises-need-consent-incl-russia",
      "UA-2022-03-29/permanent-neutrality", "UA-2022-03-29/no-military-alliances", "UA-2022-03-29/no-foreign-bases",
      "UA-2022-03-29/no-foreign-contingents", "UA-2022-03-29/non-nuclear",
      "UA-2022-03-29/exercises-with-guarantor-consent", "UA-2022-03-29/legally-binding-guarantees",
      "UA-2022-03-29/article5-like-assistance", "UA-2022-03-29/consultations-within-3-days",
      "UA-2022-03-29/guarantor-set", "UA-2022-03-29/guarantees-exclude-crimea-sevastopol-cadlr",
      "UA-2022-03-29/guarantors-support-eu-membership", "UA-2022-03-29/open-accession",
      "UA-2022-03-29/crimea-15-year-consultations", "UA-2022-03-29/crimea-no-use-of-force",
      "UA-2022-03-29/donbas-to-leaders", "UA-2022-03-29/complete-ceasefire-before-entry-into-force",
      "UA-2022-03-29/ru-withdrawal-to-23-feb-line", "UA-2022-03-29/referendum", "UA-2022-03-29/ratification",
      "UA-2022-03-29/entry-into-force",
      "RU-2024-06-14/withdraw-four-regions", "RU-2024-06-14/declare-readiness", "RU-2024-06-14/begin-real-withdrawal",
      "RU-2024-06-14/officially-renounce-nato", "RU-2024-06-14/ceasefire-trigger",
      "RU-2024-06-14/order-ceasefire-immediately", "RU-2024-06-14/guarantee-safe-withdrawal",
      "RU-2024-06-14/negotiations-without-delay", "RU-2024-06-14/neutral-non-aligned-status",
      "RU-2024-06-14/non-nuclear-status", "RU-2024-06-14/demilitarisation", "RU-2024-06-14/denazification",
      "RU-2024-06-14/russian-speakers-rights", "RU-2024-06-14/recognise-territorial-realities",
      "RU-2024-06-14/fix-in-fundamental-international-agreements", "RU-2024-06-14/lift-western-sanctions",
      "RU-2024-06-14/end-not-freeze", "RU-2024-06-14/legitimate-ukrainian-signatory");

  @Test
  void catalogueHoldsEverySeededConditionWithItsSource() {
    Map<String, ConditionInfo> byId = TestRules.rules().catalogue().byId();
    assertThat(byId.keySet()).containsAll(SEEDED_IDS);
    for (ConditionInfo c : byId.values()) {
      assertThat(c.source().quote()).as(c.id() + " quote").isNotBlank();
      assertThat(c.source().speaker()).as(c.id() + " speaker").isNotBlank();
      assertThat(c.source().reference()).as(c.id() + " reference").isNotBlank();
      assertThat(c.obligatedActors()).as(c.id() + " obligated actors").isNotEmpty();
      if (!c.noAgreedTest()) {
        assertThat(c.facts()).as(c.id() + " facts").isNotEmpty();
      }
    }
  }

  @Test
  void everyConditionIsMetInOneScenarioFileAndNotMetInAnother() throws IOException {
    Set<String> met = new HashSet<>();
    Set<String> notMet = new HashSet<>();
    try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Scenario s = TestRules.scenario(file.toString());
        for (Map.Entry<String, Expectation> e : s.expect().entrySet()) {
          (e.getValue().status() == Status.MET ? met : notMet).add(e.getKey());
        }
      }
    }
    Set<String> neverMet = cannotBeMet();
    for (ConditionInfo c : TestRules.rules().catalogue().byId().values()) {
      String id = c.id();
      if (c.noAgreedTest()) {
        assertThat(met).as("no scenario file can expect MET for " + id + ": it has no agreed test").doesNotContain(id);
      } else if (!neverMet.contains(id)) {
        assertThat(met).as("a scenario file expecting MET for " + id).contains(id);
      }
      assertThat(notMet).as("a scenario file expecting a status other than MET for " + id).contains(id);
    }
  }

  /**
   * The conditions a scenario may be unable to meet: those the catalogue marks {@code noAgreedTest} (a point the
   * source names but no fact can test, UNKNOWN whenever it applies), and the bundles with such a point (output.md:
   * never MET while that point applies).
   */
  private static Set<String> cannotBeMet() {
    Set<String> untestable = new HashSet<>();
    TestRules.rules().catalogue().byId().values().stream().filter(ConditionInfo::noAgreedTest)
        .forEach(c -> untestable.add(c.id()));
    Set<String> neverMet = new HashSet<>(untestable);
    for (ConditionInfo c : TestRules.rules().catalogue().byId().values()) {
      if (c.bundle() && c.parts().stream().anyMatch(untestable::contains)) {
        neverMet.add(c.id());
      }
    }
    return neverMet;
  }

  @Nested
  class BrokenRules {

    private SortedMap<String, byte[]> repositoryRules() {
      return new TreeMap<>(RuleFiles.fromDirectory(Path.of("rules")).files());
    }

    @Test
    void reportsDroolsCompileErrorsWithFileAndLine() {
      SortedMap<String, byte[]> files = repositoryRules();
      String drl = new String(files.get("rules/ru-2024-06-14.drl"))
          .replace("NatoStatus(bid == NatoBid.ACTIVE)", "NatoStatus(bid == NatoBid.ACTIV)");
      files.put("rules/ru-2024-06-14.drl", drl.getBytes());
      assertThatThrownBy(() -> RuleSet.compile(new RuleFiles("test", files)))
          .isInstanceOf(RulesException.class)
          .hasMessageContaining("test/ru-2024-06-14.drl:246: ") // the rule set's folder, and the line of ACTIV
          .hasMessageNotContaining(":-1:");
    }

    @Test
    void rejectsACatalogueEntryWithoutAQuote() {
      SortedMap<String, byte[]> files = repositoryRules();
      String yaml = new String(files.get("rules/ru-2024-06-14.yaml"))
          .replace("quote: Ukraine's non-nuclear status", "quote: ''");
      files.put("rules/ru-2024-06-14.yaml", yaml.getBytes());
      assertThatThrownBy(() -> RuleSet.compile(new RuleFiles("test", files)))
          .hasMessageContaining("RU-2024-06-14/non-nuclear-status: missing 'source.quote'");
    }

    @Test
    void rejectsAConditionIdUsedTwice() {
      SortedMap<String, byte[]> files = repositoryRules();
      String yaml = new String(files.get("rules/ru-2024-06-14.yaml"))
          .replace("id: RU-2024-06-14/demilitarisation", "id: RU-2024-06-14/non-nuclear-status");
      files.put("rules/ru-2024-06-14.yaml", yaml.getBytes());
      assertThatThrownBy(() -> RuleSet.compile(new RuleFiles("test", files)))
          .hasMessageContaining("RU-2024-06-14/non-nuclear-status: condition id used twice");
    }

    @Test
    void rejectsACatalogueEntryWithNoRule() {
      SortedMap<String, byte[]> files = repositoryRules();
      String orphan = String.join("\n",
          "  - id: RU-2024-06-14/an-orphan",
          "    kind: [PROCEDURAL]",
          "    paraphrase: A condition without a rule.",
          "    source: {quote: q, speaker: s, date: '2024-06-14', place: p, reference: r}",
          "    obligatedActors: [UKR]",
          "    facts: [nato.bid]", "");
      files.put("rules/ru-2024-06-14.yaml", (new String(files.get("rules/ru-2024-06-14.yaml")) + orphan).getBytes());
      assertThatThrownBy(() -> RuleSet.compile(new RuleFiles("test", files)))
          .hasMessageContaining("condition RU-2024-06-14/an-orphan has a catalogue entry but no rule");
    }

    @Test
    void rejectsARuleNamedAfterNoCondition() {
      SortedMap<String, byte[]> files = repositoryRules();
      String drl = new String(files.get("rules/ru-2024-06-14.drl")) + """

          rule "RU-2024-06-14/no-such-condition: orphan" extends "RU-2024-06-14: live"
          when
              NatoStatus(bid == NatoBid.ACTIVE)
          then
          end
          """;
      files.put("rules/ru-2024-06-14.drl", drl.getBytes());
      assertThatThrownBy(() -> RuleSet.compile(new RuleFiles("test", files)))
          .hasMessageContaining("RU-2024-06-14/no-such-condition: orphan");
    }
  }
}
