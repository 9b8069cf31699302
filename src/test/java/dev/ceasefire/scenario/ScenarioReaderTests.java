package dev.ceasefire.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ceasefire.model.Axis;
import dev.ceasefire.model.CityCode;
import dev.ceasefire.model.Expectation;
import dev.ceasefire.model.NatoBid;
import dev.ceasefire.model.Party;
import dev.ceasefire.model.Presence;
import dev.ceasefire.model.RegionCode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.model.Territory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTests {

  private final ScenarioReader reader = new ScenarioReader();

  @TempDir
  Path dir;

  // --- fixtures --------------------------------------------------------------------------------------------

  private static Path statusQuo2024() throws URISyntaxException {
    return Path.of(ScenarioReaderTests.class.getResource("/scenarios/status-quo-2024-06-14.yaml").toURI());
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  /** A minimal valid scenario whose facts are the given YAML lines (indented by the caller as under facts:). */
  private Path scenarioWithFacts(String facts) throws IOException {
    return file("x.yaml", """
        id: x
        title: A test scenario
        asOfDate: 2024-06-14
        facts:
        """ + facts);
  }

  private ScenarioException failure(Path file) {
    return (ScenarioException) org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(file));
  }

  // --- reading good files ----------------------------------------------------------------------------------

  @Nested
  class CanonicalExample {

    @Test
    void readsTheStatusQuoScenarioWithItsValues() throws Exception {
      Scenario scenario = reader.read(statusQuo2024());

      assertThat(scenario.id()).isEqualTo("status-quo-2024-06-14");
      assertThat(scenario.title()).isEqualTo("Status quo on 14 June 2024");
      assertThat(scenario.description()).startsWith("Ukraine holds ground in all four regions");
      assertThat(scenario.asOfDate()).isEqualTo(LocalDate.of(2024, 6, 14));
      assertThat(scenario.source()).endsWith("status-quo-2024-06-14.yaml");
      var facts = scenario.facts();
      assertThat(facts.nato().bid()).isEqualTo(NatoBid.ACTIVE);
      assertThat(facts.nato().officialNotification()).isFalse();
      assertThat(facts.nato().invitation()).isNull();
      assertThat(RegionCode.FOUR_REGIONS)
          .allSatisfy(region -> assertThat(facts.regions().get(region).uaTroopPresence()).isEqualTo(Presence.PRESENT));
      assertThat(facts.regions().get(RegionCode.DONETSK).region()).isEqualTo(RegionCode.DONETSK);
      assertThat(facts.regions()).hasSize(6);
      assertThat(facts.cities().get(CityCode.KHERSON_CITY).city()).isEqualTo(CityCode.KHERSON_CITY);
      assertThat(facts.ruMilitaryActivity().get(Axis.KYIV_AXIS).axis()).isEqualTo(Axis.KYIV_AXIS);
      assertThat(facts.uaWithdrawalDeclaration().regions()).isNotNull().isEmpty();
      assertThat(facts.uaWithdrawalDeclaration().date()).isNull();
      assertThat(facts.guarantees().guarantors()).isEmpty();
      assertThat(facts.guarantees().bilateralPartners()).containsExactly("USA", "GBR", "FRA", "DEU", "CAN", "ITA", "JPN");
      assertThat(facts.foreignMilitary().bases()).isZero();
      assertThat(facts.russiaStance()).isNull();
      assertThat(facts.withdrawal()).isNull();
      assertThat(scenario.expect()).hasSize(32)
          .containsEntry("RU-2024-06-14/ceasefire-trigger", Expectation.of(Status.NOT_MET))
          .containsEntry("RU-2022-03-29/no-objection-to-eu", Expectation.of(Status.UNKNOWN));
    }

    @Test
    void readsTheSameScenarioWrittenAsJsonIdentically() throws Exception {
      Scenario yaml = reader.read(statusQuo2024());
      JsonNode tree = reader.tree(statusQuo2024());
      Path json = file("status-quo.json", new JsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));

      Scenario fromJson = reader.read(json);

      assertThat(fromJson).usingRecursiveComparison().ignoringFields("source").isEqualTo(yaml);
      assertThat(fromJson.source()).isEqualTo(json.toString());
    }

    @Test
    void sniffsJsonInAFileWithoutAKnownExtension() throws Exception {
      Path file = file("scenario.txt", """
          {"id": "x", "title": "T", "asOfDate": "2024-06-14", "facts": {"nato": {"bid": "FROZEN"}}}
          """);

      assertThat(reader.read(file).facts().nato().bid()).isEqualTo(NatoBid.FROZEN);
    }

    @Test
    void readsABodyFromBytes() throws Exception {
      byte[] body = """
          {"id": "x", "title": "T", "asOfDate": "2024-06-14", "facts": {}}
          """.getBytes(StandardCharsets.UTF_8);

      Scenario scenario = reader.read(body, "request body", true);

      assertThat(scenario.source()).isEqualTo("request body");
      assertThat(scenario.facts().nato()).isNull();
      assertThat(scenario.expect()).isNull();
    }

    @Test
    void keepsThePathAsGivenAsSource() throws Exception {
      Files.createDirectories(dir.resolve("scenarios"));
      Files.copy(statusQuo2024(), dir.resolve("scenarios/x.yaml"));
      Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("scenarios/x.yaml"));

      assertThat(reader.read(relative).source()).isEqualTo(relative.toString());
    }

    @Test
    void readsExpectationsInObjectForm() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts: {}
          expect:
            RU-2024-06-14/officially-renounce-nato: { status: NOT_MET, lenientStatus: PARTIAL }
            UA-2022-03-29/permanent-neutrality: { status: PARTIAL, flags: [offerConditionBreached], partyStatus: { RU: NOT_MET, UA: MET } }
          """);

      Map<String, Expectation> expect = reader.read(file).expect();

      assertThat(expect.get("RU-2024-06-14/officially-renounce-nato"))
          .isEqualTo(new Expectation(Status.NOT_MET, Status.PARTIAL, null, null));
      assertThat(expect.get("UA-2022-03-29/permanent-neutrality")).isEqualTo(new Expectation(Status.PARTIAL, null,
          List.of("offerConditionBreached"), Map.of(Party.RU, Status.NOT_MET, Party.UA, Status.MET)));
    }

    @Test
    void readsInstantsDatesAndCounts() throws Exception {
      Path file = scenarioWithFacts("""
            ceasefire: { status: COMPLETE, domains: [LAND, AIR], orderedByRuAt: 2024-06-14T10:00:00Z, durationDays: 30 }
            regions: { KHERSON: { uaControlSharePct: 100, withdrawalStartDate: 2024-07-01 } }
          """);

      var facts = reader.read(file).facts();

      assertThat(facts.ceasefire().orderedByRuAt()).isEqualTo(Instant.parse("2024-06-14T10:00:00Z"));
      assertThat(facts.ceasefire().durationDays()).isEqualTo(30);
      assertThat(facts.regions().get(RegionCode.KHERSON).uaControlSharePct()).isEqualTo(100);
      assertThat(facts.regions().get(RegionCode.KHERSON).withdrawalStartDate()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void keepsNullGroupsAndFieldsUnknown() throws Exception {
      Path file = scenarioWithFacts("""
            nato: ~
            wmd: { uaPossesses: null }
          """);

      var facts = reader.read(file).facts();

      assertThat(facts.nato()).isNull();
      assertThat(facts.wmd().uaPossesses()).isNull();
    }
  }

  @Nested
  class YamlQuirks {

    @Test
    void readsAnEmptyYamlValueAsUnknown() throws Exception {
      Path file = scenarioWithFacts("""
            nato:
            wmd: { uaPossesses: true }
          """);

      var facts = reader.read(file).facts();

      assertThat(facts.nato()).isNull();
      assertThat(facts.wmd().uaPossesses()).isTrue();
    }

    @Test
    void acceptsExplicitDocumentMarkers() throws Exception {
      Path file = file("x.yaml", """
          ---
          id: x
          title: T
          asOfDate: 2024-06-14
          facts: {}
          ---
          """);

      assertThat(reader.read(file).id()).isEqualTo("x");
    }

    @Test
    void doesNotTakeYaml11OnForABoolean() throws Exception {
      Path file = scenarioWithFacts("""
            justice: { amnesty: on }
          """);

      assertThat(failure(file).getMessage()).contains("facts.justice.amnesty: wrong type: a string 'on' (expected true or false)");
    }
  }

  @Nested
  class RegionAliases {

    @Test
    void acceptsTransliterationsAndIsoCodesAsRegionKeys() throws Exception {
      Path file = scenarioWithFacts("""
            regions:
              Lugansk: { uaTroopPresence: NONE }
              Zaporozhye: { uaTroopPresence: PRESENT }
              UA-14: { uaTroopPresence: WITHDRAWING, region: DONETSK }
          """);

      var regions = reader.read(file).facts().regions();

      assertThat(regions.get(RegionCode.LUHANSK).uaTroopPresence()).isEqualTo(Presence.NONE);
      assertThat(regions.get(RegionCode.LUHANSK).region()).isEqualTo(RegionCode.LUHANSK);
      assertThat(regions.get(RegionCode.ZAPORIZHZHIA).uaTroopPresence()).isEqualTo(Presence.PRESENT);
      assertThat(regions.get(RegionCode.DONETSK).uaTroopPresence()).isEqualTo(Presence.WITHDRAWING);
    }

    @Test
    void expandsDonbasInARegionSet() throws Exception {
      Path file = scenarioWithFacts("""
            uaWithdrawalDeclaration: { date: 2024-07-01, regions: [Donbas, Kherson] }
            crimeaTrack: { mode: BILATERAL_TALKS, covers: [Crimea, UA-40] }
          """);

      var facts = reader.read(file).facts();

      assertThat(facts.uaWithdrawalDeclaration().regions())
          .containsExactlyInAnyOrder(RegionCode.DONETSK, RegionCode.LUHANSK, RegionCode.KHERSON);
      assertThat(facts.crimeaTrack().covers()).containsExactlyInAnyOrder(RegionCode.CRIMEA, RegionCode.SEVASTOPOL);
    }

    @Test
    void appliesAGroupKeyToEachRegionOfTheGroup() throws Exception {
      Path file = scenarioWithFacts("""
            regions:
              new regions: { recognitionAsRu: DE_FACTO }
          """);

      var regions = reader.read(file).facts().regions();

      assertThat(regions).containsOnlyKeys(RegionCode.FOUR_REGIONS);
      assertThat(regions.get(RegionCode.KHERSON).region()).isEqualTo(RegionCode.KHERSON);
    }

    @Test
    void acceptsOrdloAsATerritorialExclusion() throws Exception {
      Path file = scenarioWithFacts("""
            guarantees: { territorialExclusions: [ORDLO, Crimea, UA-40] }
          """);

      assertThat(reader.read(file).facts().guarantees().territorialExclusions())
          .containsExactly(Territory.CADLR_PRE2022, Territory.CRIMEA, Territory.SEVASTOPOL);
    }
  }

  // --- errors ----------------------------------------------------------------------------------------------

  @Nested
  class UnknownKeys {

    @Test
    void rejectsUnknownKeyWithSuggestion() throws Exception {
      Path file = scenarioWithFacts("""
            nato:
              bidd: ACTIVE
          """);

      assertThat(failure(file).getMessage()).isEqualTo(file + ":6:5: facts.nato.bidd: unknown key 'bidd' (expected one of "
          + "bid, officialNotification, constitutionalCourse, invitation, membership, natoCharterBarsUa, natoTroopsInUa,"
          + " article5Coverage; did you mean bid?)");
    }

    @Test
    void readsTheAddedVocabularyStrictly() throws Exception {
      Path good = scenarioWithFacts("""
            strikes: { energy: NONE }
            environment: { remediationAgreed: true }
            treaties: { incompatibleTerminated: false }
            sanctions: { swiftRuAgriBank: true }
            nato: { article5Coverage: CONTROLLED_PART }
            domestic: { martialLawLiftedDate: 2025-09-01 }
            armedForces: { redeploymentHalted: true }
          """);
      var facts = new ScenarioReader().read(good).facts();
      assertThat(facts.strikes().energy()).hasToString("NONE");
      assertThat(facts.environment().remediationAgreed()).isTrue();
      assertThat(facts.treaties().incompatibleTerminated()).isFalse();
      assertThat(facts.sanctions().swiftRuAgriBank()).isTrue();
      assertThat(facts.nato().article5Coverage()).hasToString("CONTROLLED_PART");
      assertThat(facts.domestic().martialLawLiftedDate()).hasToString("2025-09-01");
      assertThat(facts.armedForces().redeploymentHalted()).isTrue();
      Path bad = scenarioWithFacts("""
            strikes: { energy: NONEE }
          """);
      assertThat(failure(bad).getMessage()).contains("facts.strikes.energy: unknown value 'NONEE'", "did you mean NONE?");
    }

    @Test
    void rejectsUnknownTopLevelKeyWithSuggestion() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asofDate: 2024-06-14
          facts: {}
          """);

      ScenarioException e = failure(file);

      assertThat(e.getMessage()).contains(file + ":3:1: asofDate: unknown key 'asofDate'", "did you mean asOfDate?")
          .contains(file + ":1:1: asOfDate: missing required key 'asOfDate'");
      assertThat(e.problems()).hasSize(2);
    }

    @Test
    void rejectsUnknownGroupUnderFacts() throws Exception {
      Path file = scenarioWithFacts("""
            neutrallity: { status: NONE }
          """);

      assertThat(failure(file).getMessage()).contains(":5:3: facts.neutrallity: unknown key 'neutrallity'",
          "did you mean neutrality?");
    }
  }

  @Nested
  class EnumValues {

    @Test
    void rejectsMisspeltEnumValueWithSuggestion() throws Exception {
      Path file = scenarioWithFacts("""
            nato:
              bid: FROZE
          """);

      ScenarioException e = failure(file);

      assertThat(e.getMessage()).isEqualTo(file + ":6:10: facts.nato.bid: unknown value 'FROZE' (expected one of "
          + "ACTIVE, FROZEN, FORMALLY_ABANDONED, CONSTITUTIONALLY_BARRED; did you mean FROZEN?)");
      Problem problem = e.problems().get(0);
      assertThat(problem.pointer()).isEqualTo("/facts/nato/bid");
      assertThat(problem.value()).isEqualTo("FROZE");
      assertThat(problem.line()).isEqualTo(6);
    }

    @Test
    void rejectsEnumValueInWrongCaseButSuggestsTheRightSpelling() throws Exception {
      Path file = scenarioWithFacts("""
            nato: { bid: active }
          """);

      assertThat(failure(file).getMessage()).contains("facts.nato.bid: unknown value 'active'", "did you mean ACTIVE?");
    }

    @Test
    void rejectsUnknownStatusInExpect() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts: {}
          expect:
            RU-2024-06-14/ceasefire-trigger: NOTMET
          """);

      assertThat(failure(file).getMessage()).contains(":6:36: expect.RU-2024-06-14/ceasefire-trigger: unknown value "
          + "'NOTMET' (expected one of MET, PARTIAL, NOT_MET, UNKNOWN, NOT_APPLICABLE; did you mean NOT_MET?)");
    }

    @Test
    void rejectsUnknownMapKeyEnum() throws Exception {
      Path file = scenarioWithFacts("""
            sanctions: { byActor: { US: IN_FORCE } }
          """);

      assertThat(failure(file).getMessage()).contains("facts.sanctions.byActor.US: unknown key 'US'", "did you mean USA?");
    }
  }

  @Nested
  class WrongTypes {

    @Test
    void rejectsStringWhereABooleanIsExpected() throws Exception {
      Path file = scenarioWithFacts("""
            wmd: { uaPossesses: yes }
          """);

      assertThat(failure(file).getMessage()).isEqualTo(
          file + ":5:23: facts.wmd.uaPossesses: wrong type: a string 'yes' (expected true or false)");
    }

    @Test
    void rejectsQuotedNumberWhereACountIsExpected() throws Exception {
      Path file = scenarioWithFacts("""
            foreignMilitary: { bases: "3" }
          """);

      assertThat(failure(file).getMessage())
          .contains(":5:29: facts.foreignMilitary.bases: wrong type: a string '3' (expected a whole number 0 or greater)");
    }

    @Test
    void rejectsScalarWhereAGroupIsExpected() throws Exception {
      Path file = scenarioWithFacts("""
            nato: ACTIVE
          """);

      assertThat(failure(file).getMessage())
          .contains(":5:9: facts.nato: wrong type: a string 'ACTIVE' (expected a mapping with keys bid,");
    }

    @Test
    void rejectsScalarWhereAListIsExpected() throws Exception {
      Path file = scenarioWithFacts("""
            ceasefire: { domains: LAND }
          """);

      assertThat(failure(file).getMessage())
          .contains(":5:25: facts.ceasefire.domains: wrong type: a string 'LAND' (expected a list)");
    }

    @Test
    void rejectsBooleanInJsonWhereANumberIsExpected() throws Exception {
      byte[] body = """
          {"id": "x", "title": "T", "asOfDate": "2024-06-14",
           "facts": {"armedForces": {"personnelCap": true}}}
          """.getBytes(StandardCharsets.UTF_8);

      assertThatThrownBy(() -> reader.read(body, "body.json", true)).hasMessage(
          "body.json:2:44: facts.armedForces.personnelCap: wrong type: a boolean 'true' (expected a whole number 0 or greater)");
    }
  }

  @Nested
  class DatesAndInstants {

    @Test
    void rejectsDateThatDoesNotParse() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-13-01
          facts: {}
          """);

      assertThat(failure(file).getMessage())
          .isEqualTo(file + ":3:11: asOfDate: invalid date '2024-13-01' (expected an ISO date such as 2024-06-14)");
    }

    @Test
    void rejectsInstantWithoutTimeZone() throws Exception {
      Path file = scenarioWithFacts("""
            ceasefire: { orderedByRuAt: 2024-06-14T10:00 }
          """);

      assertThat(failure(file).getMessage()).contains(":5:31: facts.ceasefire.orderedByRuAt: invalid instant "
          + "'2024-06-14T10:00' (expected an ISO-8601 instant such as 2024-06-14T10:00:00Z)");
    }
  }

  @Nested
  class Regions {

    @Test
    void rejectsUnknownRegionKeyWithSuggestion() throws Exception {
      Path file = scenarioWithFacts("""
            regions:
              Donetk: { uaTroopPresence: NONE }
          """);

      assertThat(failure(file).getMessage()).contains(":6:5: facts.regions.Donetk: unknown region 'Donetk' (expected one "
          + "of DONETSK, LUHANSK", "did you mean DONETSK?");
    }

    @Test
    void reportsTheRegionKeyAsWrittenInTheKeyPath() throws Exception {
      Path file = scenarioWithFacts("""
            regions:
              Lugansk: { uaTroopPresence: ABSENT }
          """);

      assertThat(failure(file).getMessage()).contains(":6:33: facts.regions.Lugansk.uaTroopPresence: unknown value 'ABSENT'");
    }

    @Test
    void rejectsUnknownRegionInASet() throws Exception {
      Path file = scenarioWithFacts("""
            uaWithdrawalDeclaration: { regions: [DONETSK, Hersonn] }
          """);

      assertThat(failure(file).getMessage()).contains(":5:49: facts.uaWithdrawalDeclaration.regions[1]: unknown region "
          + "'Hersonn'", "did you mean KHERSON?");
    }

    @Test
    void rejectsRegionFieldThatContradictsItsKey() throws Exception {
      Path file = scenarioWithFacts("""
            regions:
              DONETSK: { region: LUHANSK, uaTroopPresence: NONE }
          """);

      assertThat(failure(file).getMessage()).contains(":6:24: facts.regions.DONETSK.region: does not match its key "
          + "'LUHANSK' (expected DONETSK");
    }

    @Test
    void rejectsTheSameRegionTwiceUnderDifferentSpellings() throws Exception {
      Path file = scenarioWithFacts("""
            regions:
              Donbas: { uaTroopPresence: NONE }
              Lugansk: { uaTroopPresence: PRESENT }
          """);

      assertThat(failure(file).getMessage()).contains(":7:5: facts.regions.Lugansk: duplicate region 'Lugansk' "
          + "(expected each region once; LUHANSK is already given as 'Donbas')");
    }

    @Test
    void rejectsUnknownTerritory() throws Exception {
      Path file = scenarioWithFacts("""
            guarantees: { territorialExclusions: [ORDLOO] }
          """);

      assertThat(failure(file).getMessage()).contains("facts.guarantees.territorialExclusions[0]: unknown territory "
          + "'ORDLOO'", "CADLR_PRE2022");
    }
  }

  @Nested
  class CountryCodes {

    @Test
    void rejectsLowerCaseCountryCodeSuggestingUpperCase() throws Exception {
      Path file = scenarioWithFacts("""
            guarantees:
              guarantors: [USA, GBR, fra]
          """);

      assertThat(failure(file).getMessage()).isEqualTo(file + ":6:28: facts.guarantees.guarantors[2]: unknown country "
          + "code 'fra' (expected an ISO 3166-1 alpha-3 country code in upper case, such as USA, GBR, FRA; did you mean FRA?)");
    }

    @Test
    void rejectsAlpha2CountryCodeSuggestingAlpha3() throws Exception {
      Path file = scenarioWithFacts("""
            settlement: { parties: [RUS, UA] }
          """);

      assertThat(failure(file).getMessage()).contains("facts.settlement.parties[1]: unknown country code 'UA'",
          "did you mean UKR?");
    }
  }

  @Nested
  class DuplicateKeysAndItems {

    @Test
    void rejectsDuplicateKeyInYaml() throws Exception {
      Path file = scenarioWithFacts("""
            nato:
              bid: ACTIVE
              bid: FROZEN
          """);

      assertThat(failure(file).getMessage()).isEqualTo(file + ":7:5: facts.nato.bid: duplicate key 'bid' "
          + "(expected each key once; first given at line 6, column 5)");
    }

    @Test
    void rejectsDuplicateKeyInJson() throws Exception {
      byte[] body = """
          {"id": "x", "id": "y", "title": "T", "asOfDate": "2024-06-14", "facts": {}}
          """.getBytes(StandardCharsets.UTF_8);

      assertThatThrownBy(() -> reader.read(body, "body.json", true))
          .hasMessage("body.json:1:13: id: duplicate key 'id' (expected each key once; first given at line 1, column 2)");
    }

    @Test
    void rejectsDuplicateItemInASet() throws Exception {
      Path file = scenarioWithFacts("""
            guarantees: { guarantors: [USA, GBR, USA] }
          """);

      assertThat(failure(file).getMessage()).contains(":5:40: facts.guarantees.guarantors[2]: duplicate item 'USA' "
          + "(expected each item once; USA is already given at facts.guarantees.guarantors[0])");
    }

    @Test
    void rejectsRegionGivenTwiceInASetThroughAGroup() throws Exception {
      Path file = scenarioWithFacts("""
            uaWithdrawalDeclaration: { regions: [Donbas, LUHANSK] }
          """);

      assertThat(failure(file).getMessage()).contains("facts.uaWithdrawalDeclaration.regions[1]: duplicate item 'LUHANSK'");
    }
  }

  @Nested
  class Numbers {

    @Test
    void rejectsNegativeCount() throws Exception {
      Path file = scenarioWithFacts("""
            guarantees: { consultationWindowDays: -3 }
          """);

      assertThat(failure(file).getMessage()).isEqualTo(file + ":5:41: facts.guarantees.consultationWindowDays: "
          + "negative number '-3' (expected a whole number 0 or greater)");
    }

    @Test
    void rejectsPercentageAboveHundred() throws Exception {
      Path file = scenarioWithFacts("""
            regions: { KHERSON: { uaControlSharePct: 120 } }
          """);

      assertThat(failure(file).getMessage()).contains(":5:44: facts.regions.KHERSON.uaControlSharePct: number out of "
          + "range '120' (expected a percentage from 0 to 100)");
    }

    @Test
    void rejectsDecimalWhereACountIsExpected() throws Exception {
      Path file = scenarioWithFacts("""
            crimeaTrack: { years: 1.5 }
          """);

      assertThat(failure(file).getMessage()).contains("facts.crimeaTrack.years: wrong type: a decimal number '1.5'");
    }

    @Test
    void rejectsCountTooLargeForAnInteger() throws Exception {
      Path file = scenarioWithFacts("""
            armedForces: { personnelCap: 99999999999 }
          """);

      assertThat(failure(file).getMessage()).contains("facts.armedForces.personnelCap: number out of range '99999999999'");
    }
  }

  @Nested
  class ConditionIds {

    @Test
    void rejectsMalformedExpectKeyWithSuggestion() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts: {}
          expect:
            ru-2024-06-14/Ceasefire-Trigger: MET
          """);

      assertThat(failure(file).getMessage()).contains(":6:3: expect.ru-2024-06-14/Ceasefire-Trigger: invalid condition id "
          + "'ru-2024-06-14/Ceasefire-Trigger' (expected a condition id such as RU-2024-06-14/withdraw-four-regions",
          "did you mean RU-2024-06-14/ceasefire-trigger?");
    }

    @Test
    void rejectsMalformedConditionIdInSettlementContains() throws Exception {
      Path file = scenarioWithFacts("""
            settlement: { contains: [RU-2024-06-14/end-not-freeze, withdraw] }
          """);

      assertThat(failure(file).getMessage()).contains("facts.settlement.contains[1]: invalid condition id 'withdraw'");
    }

    @Test
    void rejectsExpectationObjectWithUnknownKey() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts: {}
          expect:
            RU-2024-06-14/ceasefire-trigger: { status: MET, lenient: MET }
          """);

      assertThat(failure(file).getMessage()).contains("expect.RU-2024-06-14/ceasefire-trigger.lenient: unknown key "
          + "'lenient'", "did you mean lenientStatus?");
    }
  }

  @Nested
  class TopLevel {

    @Test
    void namesEachMissingRequiredKey() throws Exception {
      Path file = file("x.yaml", """
          description: nothing else
          """);

      ScenarioException e = failure(file);

      assertThat(e.problems()).extracting(Problem::path).containsExactly("id", "title", "asOfDate", "facts");
      assertThat(e.getMessage()).contains(file + ":1:1: title: missing required key 'title' (expected a non-blank title)");
    }

    @Test
    void rejectsIdThatIsNotKebabCase() throws Exception {
      Path file = file("x.yaml", """
          id: Status Quo
          title: T
          asOfDate: 2024-06-14
          facts: {}
          """);

      assertThat(failure(file).getMessage()).contains(":1:5: id: invalid id 'Status Quo'", "did you mean status-quo?");
    }

    @Test
    void rejectsBlankTitle() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: "  "
          asOfDate: 2024-06-14
          facts: {}
          """);

      assertThat(failure(file).getMessage()).contains(":2:8: title: blank title");
    }

    @Test
    void rejectsTopLevelList() throws Exception {
      Path file = file("x.yaml", """
          - id: x
          """);

      assertThat(failure(file).getMessage()).isEqualTo(file + ":1:1: the top level is a list (expected a mapping with keys "
          + "id, title, description, asOfDate, facts, expect)");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() throws Exception {
      Path file = scenarioWithFacts("""
            nato: { bid: FROZE }
            wmd: { uaPossesses: maybe }
          """);

      assertThat(failure(file).problems()).hasSize(2);
    }
  }

  @Nested
  class HostileInput {

    @Test
    void rejectsEmptyFile() throws Exception {
      Path file = file("x.yaml", "\n  \n");

      assertThat(failure(file).getMessage()).isEqualTo(file + ": empty file, expected a scenario");
    }

    @Test
    void rejectsFileWithOnlyComments() throws Exception {
      Path file = file("x.yaml", "# nothing here\n");

      assertThat(failure(file).getMessage()).isEqualTo(file + ": empty file, expected a scenario");
    }

    @Test
    void rejectsFileLargerThanOneMebibyteBeforeReadingIt() throws Exception {
      Path file = dir.resolve("big.yaml");
      byte[] big = new byte[ScenarioReader.MAX_BYTES + 1];
      Arrays.fill(big, (byte) ' ');
      Files.write(file, big);

      assertThat(failure(file).getMessage())
          .isEqualTo(file + ": file too large: 1048577 bytes (expected at most 1048576 bytes (1 MiB))");
    }

    @Test
    void rejectsBinaryContent() throws Exception {
      Path file = dir.resolve("x.yaml");
      Files.write(file, new byte[] {'i', 'd', ':', ' ', 0, 1, 2});

      assertThat(failure(file).getMessage()).isEqualTo(file + ": binary content: NUL byte at offset 4 (expected UTF-8 text)");
    }

    @Test
    void rejectsInvalidUtf8() throws Exception {
      Path file = dir.resolve("x.yaml");
      Files.write(file, new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28});

      assertThat(failure(file).getMessage()).isEqualTo(file + ": not UTF-8 text: invalid byte at offset 4 (expected UTF-8 text)");
    }

    @Test
    @Timeout(5)
    void rejectsYamlAliasBombQuickly() throws Exception {
      Path file = file("x.yaml", """
          a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
          b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
          c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
          d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
          e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
          f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
          """);

      assertThat(failure(file).getMessage()).contains(file + ":2:8: b[0]: YAML alias not supported '*a' "
          + "(expected the value written out in full)").doesNotContain("\n");
    }

    @Test
    void rejectsDeepNesting() throws Exception {
      Path file = file("x.json", "[".repeat(5000) + "]".repeat(5000));

      assertThat(failure(file).getMessage()).contains(file + ":1:41: ", ": nested too deeply (expected at most 40 levels)");
    }

    @Test
    void rejectsDeepYamlNesting() throws Exception {
      Path file = file("x.yaml", "a: " + "[".repeat(500) + "]".repeat(500));

      assertThat(failure(file).getMessage()).contains("nested too deeply (expected at most 40 levels)");
    }

    @Test
    void rejectsSeveralYamlDocuments() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts: {}
          ---
          id: y
          """);

      assertThat(failure(file).getMessage()).isEqualTo(file + ":6:1: more than one YAML document (expected a single "
          + "scenario per file)");
    }

    @Test
    void reportsYamlSyntaxErrorOnOneLine() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: [unclosed
          """);

      String message = failure(file).getMessage();

      assertThat(message).startsWith(file + ":").contains("invalid YAML").doesNotContain("\n");
    }

    @Test
    void reportsJsonSyntaxErrorOnOneLine() throws Exception {
      Path file = file("x.json", "{\"id\": \"x\",, }");

      assertThat(failure(file).getMessage()).startsWith(file + ":1:12: invalid JSON").doesNotContain("\n");
    }

    @Test
    void rejectsMissingFile() {
      Path file = dir.resolve("missing.yaml");

      assertThat(failure(file).getMessage()).isEqualTo(file + ": no such file");
    }
  }

  @Nested
  class Trees {

    @Test
    void rereadsAPatchedTreeAndReportsJsonPointers() throws Exception {
      ObjectNode tree = (ObjectNode) reader.tree(statusQuo2024());
      ((ObjectNode) tree.at("/facts/nato")).put("bid", "FROZE");

      assertThatThrownBy(() -> reader.readTree(tree, "what-if"))
          .isInstanceOfSatisfying(ScenarioException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("what-if: /facts/nato/bid: unknown value 'FROZE' (expected one of "
                + "ACTIVE, FROZEN, FORMALLY_ABANDONED, CONSTITUTIONALLY_BARRED; did you mean FROZEN?)");
            assertThat(e.problems().get(0).line()).isZero();
          });
    }

    @Test
    void rereadsAPatchedTree() throws Exception {
      ObjectNode tree = (ObjectNode) reader.tree(statusQuo2024());
      ((ObjectNode) tree.at("/facts/nato")).put("bid", "FROZEN");

      assertThat(reader.readTree(tree, "what-if").facts().nato().bid()).isEqualTo(NatoBid.FROZEN);
    }

    @Test
    void pointerEscapesSlashesInConditionIds() {
      Problem problem = new Problem("f", 1, 1, "expect.RU-2024-06-14/ceasefire-trigger", null, null, "m");

      assertThat(problem.pointer()).isEqualTo("/expect/RU-2024-06-14~1ceasefire-trigger");
      assertThat(new Problem("f", 1, 1, "facts.guarantees.guarantors[2]", null, null, "m").pointer())
          .isEqualTo("/facts/guarantees/guarantors/2");
    }
  }

  // --- file defects: nulls for required keys, non-ASCII ids, numbers, UTF-16, expect ids, stable messages ------

  @Nested
  class FileDefects {

    @Test
    void aComplexYamlKeyIsDescribedInWordsWithoutTheParsersClassNames() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts:
            ? [a]
            : 1
          """);

      ScenarioException e = failure(file);

      assertThat(e.getMessage()).contains(file + ":5:").contains("a list").doesNotContain("org.yaml")
          .doesNotContain("Event");
    }

    @Test
    void aRequiredKeyGivenNullIsReportedAtTheKeyNotAsMissing() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts: null
          """);

      ScenarioException e = failure(file);

      assertThat(e.problems()).hasSize(1);
      assertThat(e.getMessage()).isEqualTo(file + ":4:1: facts: required key 'facts' is present but empty (null)"
          + " (expected a mapping of facts; write facts: {} when no fact is known)");
      assertThat(e.getMessage()).doesNotContain("missing");
    }

    @Test
    void aRequiredKeyWithNothingAfterItIsReportedAtTheKey() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts:
          """);

      assertThat(failure(file).getMessage()).startsWith(file + ":4:1: facts: required key 'facts' is present but empty");
    }

    @Test
    void aRequiredKeyGivenNullInJsonIsReportedAtTheKey() throws Exception {
      Path file = file("x.json", """
          {
            "id": "x",
            "title": "T",
            "asOfDate": "2024-06-14",
            "facts": null
          }
          """);

      ScenarioException e = failure(file);

      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.path()).isEqualTo("facts");
        assertThat(p.message()).startsWith("required key 'facts' is present but empty (null)");
      });
    }

    @Test
    void anExpectationWhoseStatusIsNullIsReportedAtTheStatusKey() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts: {}
          expect:
            RU-2024-06-14/withdraw-four-regions:
              status: null
          """);

      assertThat(failure(file).getMessage()).startsWith(file + ":7:5: expect.RU-2024-06-14/withdraw-four-regions.status:"
          + " required key 'status' is present but empty (null) (expected one of MET,");
    }

    @Test
    void aCyrillicIdIsTransliteratedForTheSuggestion() throws Exception {
      Path file = file("x.yaml", """
          id: статус-кво
          title: T
          asOfDate: 2024-06-14
          facts: {}
          """);

      assertThat(failure(file).getMessage()).isEqualTo(file + ":1:5: id: invalid id 'статус-кво' (expected kebab case"
          + " such as status-quo-2024-06-14; did you mean status-kvo?)");
    }

    @Test
    void aCyrillicIdWithADigitIsNotSuggestedAsTheDigitAlone() throws Exception {
      Path file = file("x.yaml", """
          id: сценарій 1
          title: T
          asOfDate: 2024-06-14
          facts: {}
          """);

      assertThat(failure(file).getMessage()).contains("did you mean stsenarii-1?").doesNotContain("did you mean 1?");
    }

    @Test
    void anIdInAScriptWithoutALatinFormGetsNoSuggestion() throws Exception {
      Path file = file("x.yaml", """
          id: σενάριο-1
          title: T
          asOfDate: 2024-06-14
          facts: {}
          """);

      assertThat(failure(file).getMessage()).contains(":1:5: id: invalid id 'σενάριο-1'").doesNotContain("did you mean");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "060   | write 60 (YAML 1.1 reads 060 as the octal number 48)",
        "0x10  | write 16 (0x is hexadecimal)",
        "08    | write 8",
        "1_000 | write 1000",
        "1:20  | write 80 if you mean 1:20 in base 60, as YAML 1.1 reads it",
        "0o17  | write 15 (0o is octal)"})
    void refusesANumberNotWrittenAsAPlainDecimal(String written, String instead) throws Exception {
      Path file = scenarioWithFacts("  ceasefire: { status: NONE, durationDays: " + written + " }\n");

      ScenarioException e = failure(file);

      assertThat(e.getMessage()).isEqualTo(file + ":5:44: facts.ceasefire.durationDays: number not written as a plain"
          + " decimal '" + written + "' (expected a whole number 0 or greater in plain decimal digits; " + instead + ")");
    }

    @Test
    void readsAPlainDecimalAsBefore() throws Exception {
      Path file = scenarioWithFacts("  ceasefire: { status: NONE, durationDays: 60 }\n");

      assertThat(reader.read(file).facts().ceasefire().durationDays()).isEqualTo(60);
    }

    @Test
    void sayUtf16WithAByteOrderMark() throws Exception {
      Path file = dir.resolve("x.yaml");
      Files.write(file, "id: x\n".getBytes(StandardCharsets.UTF_16)); // big-endian with a BOM

      assertThat(failure(file).getMessage()).isEqualTo(file + ": UTF-16 text (it starts with a UTF-16 byte order mark)"
          + " (expected UTF-8 text: save the file as UTF-8)");
    }

    @Test
    void sayUtf16WithoutAByteOrderMark() throws Exception {
      Path file = dir.resolve("x.yaml");
      Files.write(file, "id: x\ntitle: T\n".getBytes(StandardCharsets.UTF_16LE));

      assertThat(failure(file).getMessage()).isEqualTo(file + ": UTF-16 text (every other byte is NUL)"
          + " (expected UTF-8 text: save the file as UTF-8)");
    }

    @Test
    void anExpectationNamingAConditionTheRulesLackIsReportedAtItsKeyWithASuggestion() throws Exception {
      Path file = file("x.yaml", """
          id: x
          title: T
          asOfDate: 2024-06-14
          facts: {}
          expect:
            RU-2024-06-14/withdraw-four-region: MET
          """);
      ScenarioReader checking = new ScenarioReader().checkingConditions(
          Set.of("RU-2024-06-14/withdraw-four-regions", "RU-2024-06-14/ceasefire-trigger"));

      assertThatThrownBy(() -> checking.read(file)).isInstanceOfSatisfying(ScenarioException.class, e ->
          assertThat(e.getMessage()).isEqualTo(file + ":6:3: expect.RU-2024-06-14/withdraw-four-region: unknown"
              + " condition 'RU-2024-06-14/withdraw-four-region' (expected a condition id of the rules (ceasefire"
              + " positions lists them); did you mean RU-2024-06-14/withdraw-four-regions?)"));
    }

    /** Bad keys, a bad enum value and an id equally close to two conditions: every list and hint the same each run. */
    private Path badEverywhere() throws IOException {
      return file("bad.yaml", """
          id: x
          titl: T
          asOfDate: 2024-06-14
          facts:
            nato: { bid: FROZE, colour: red }
          expect:
            RU-2024-06-14/ab-e: MET
          """);
    }

    @Test
    void messagesAreTheSameFromOneReaderToTheNextWhateverOrderTheIdsCameIn() throws Exception {
      Path file = badEverywhere();
      List<String> ids = List.of("RU-2024-06-14/ab-c", "RU-2024-06-14/ab-d", "RU-2024-06-14/zz-z");
      List<String> reversed = new java.util.ArrayList<>(ids);
      java.util.Collections.reverse(reversed);

      String first = message(new ScenarioReader().checkingConditions(new java.util.LinkedHashSet<>(ids)), file);
      String second = message(new ScenarioReader().checkingConditions(new java.util.LinkedHashSet<>(reversed)), file);
      String third = message(new ScenarioReader().checkingConditions(Set.copyOf(ids)), file);

      assertThat(second).isEqualTo(first);
      assertThat(third).isEqualTo(first);
      assertThat(first).contains("did you mean RU-2024-06-14/ab-c?");
    }

    @Test
    void listsOfAllowedValuesAreInDeclarationOrder() throws Exception {
      String message = message(new ScenarioReader(), badEverywhere());

      assertThat(message).contains(":2:1: titl: unknown key 'titl' (expected one of id, title, description, asOfDate,"
          + " facts, expect; did you mean title?)");
      assertThat(message).contains(":5:16: facts.nato.bid: unknown value 'FROZE' (expected one of " + String.join(", ",
          Arrays.stream(NatoBid.values()).map(Enum::name).toList()) + "; did you mean FROZEN?)");
      assertThat(message).contains("facts.nato.colour: unknown key 'colour' (expected one of " + String.join(", ",
          Arrays.stream(dev.ceasefire.model.NatoStatus.class.getRecordComponents())
              .map(java.lang.reflect.RecordComponent::getName).toList()) + ")");
      assertThat(message(new ScenarioReader(), badEverywhere())).isEqualTo(message);
    }

    @Test
    void theClosestIdDoesNotDependOnTheOrderOfTheCandidates() {
      List<String> ids = List.of("RU-2024-06-14/ab-d", "RU-2024-06-14/ab-c");

      assertThat(Suggestions.closestId("RU-2024-06-14/ab-e", ids)).contains("RU-2024-06-14/ab-c");
      assertThat(Suggestions.closestId("RU-2024-06-14/ab-e", List.of(ids.get(1), ids.get(0))))
          .contains("RU-2024-06-14/ab-c");
      assertThat(Suggestions.closestId("UA-2022-03-29/ab-c", List.of("US-2025-11-20/ab-c", "RU-2024-06-14/ab-c")))
          .isEqualTo(Suggestions.closestId("UA-2022-03-29/ab-c", List.of("RU-2024-06-14/ab-c", "US-2025-11-20/ab-c")));
    }

    private String message(ScenarioReader r, Path file) {
      return ((ScenarioException) org.assertj.core.api.Assertions.catchThrowable(() -> r.read(file))).getMessage();
    }
  }
}
