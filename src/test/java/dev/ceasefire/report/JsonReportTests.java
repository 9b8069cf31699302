package dev.ceasefire.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Kind;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Party;
import dev.ceasefire.model.Source;
import dev.ceasefire.model.Status;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.TestRules;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * JsonReport writes its separators and indentation from ready-encoded forms, and verdicts it has written before
 * from a cache; its output must be what Jackson's default pretty printer and serializers write, to the byte, as
 * the CLI's JSON always was.
 */
class JsonReportTests {

  /** The JSON writer as it was set up before the ready-encoded forms: Jackson's own printer and serializers. */
  private static final ObjectWriter JACKSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .writer(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /**
   * As text (the CLI) and as bytes (the REST API), each compared with Jackson's writer of the same kind: they
   * differ in one thing, a character outside the Basic Multilingual Plane, which Jackson's byte writer escapes.
   */
  private static void assertRenderedAsJacksonDoes(Object value) throws JsonProcessingException {
    assertThat(JsonReport.render(value)).isEqualTo(JACKSON.writeValueAsString(value) + "\n");
    assertThat(new String(JsonReport.bytes(value), StandardCharsets.UTF_8))
        .isEqualTo(new String(JACKSON.writeValueAsBytes(value), StandardCharsets.UTF_8) + "\n");
  }

  @Test
  void rendersEveryEvaluationOfTheCanonicalScenarioAsJacksonDoes() throws Exception {
    Evaluator evaluator = new Evaluator(TestRules.prebuilt());
    for (Mode mode : Mode.values()) {
      Evaluation evaluation = evaluator.evaluate(TestRules.statusQuo2024(), mode, Set.of());
      assertRenderedAsJacksonDoes(evaluation);
      assertRenderedAsJacksonDoes(evaluation); // the second time from the cached catalogue texts
      assertRenderedAsJacksonDoes(List.of(evaluation, evaluation));
    }
    assertRenderedAsJacksonDoes(evaluator.evaluate(TestRules.statusQuo2024(), Mode.ALL_POSITIONS,
        Set.of("RU-2024-06-14")));
  }

  private static ConditionResult verdict(String reason, Map<Party, Status> partyStatus) {
    return new ConditionResult("RU-2024-06-14/withdraw-four-regions", Kind.PRECONDITION_CEASEFIRE,
        List.of(Kind.PRECONDITION_CEASEFIRE), "Ukraine withdraws.", Status.NOT_MET, Status.NOT_MET,
        partyStatus != null, partyStatus, List.of(reason), List.of(reason), List.of("regions.DONETSK.uaTroopPresence"),
        List.of("UKR"), List.of(), List.of("RU-2024-06-14/withdraw-four-regions: troops stay"),
        new Source("Vladimir Putin", "2024-06-14", "Moscow", "a \"quote\" é", "seed"));
  }

  @Test
  void writesAVerdictAsJacksonDoesAtEveryDepthAndAfterItsReasonsChanged() throws Exception {
    ConditionResult verdict = verdict("troops present", null);
    for (int round = 0; round < 2; round++) {
      assertRenderedAsJacksonDoes(verdict);
      assertRenderedAsJacksonDoes(List.of(verdict, verdict));
      assertRenderedAsJacksonDoes(Map.of("verdict", verdict));
      assertRenderedAsJacksonDoes(List.of(List.of(Map.of("verdicts", List.of(verdict)))));
    }
    assertRenderedAsJacksonDoes(List.of(verdict("troops gone", null)));
    assertThat(new String(JsonReport.bytes(List.of(verdict("troops gone", null))), StandardCharsets.UTF_8))
        .contains("troops gone").doesNotContain("troops present");
  }

  @Test
  void writesEachPartyMapInItsOwnOrder() throws Exception {
    Map<Party, Status> ruFirst = new LinkedHashMap<>();
    ruFirst.put(Party.RU, Status.MET);
    ruFirst.put(Party.UA, Status.NOT_MET);
    Map<Party, Status> uaFirst = new LinkedHashMap<>();
    uaFirst.put(Party.UA, Status.NOT_MET);
    uaFirst.put(Party.RU, Status.MET);
    assertThat(verdict("x", ruFirst)).isEqualTo(verdict("x", uaFirst));
    assertRenderedAsJacksonDoes(verdict("x", ruFirst));
    assertRenderedAsJacksonDoes(verdict("x", uaFirst));
    EnumMap<Party, Status> byKey = new EnumMap<>(ruFirst);
    assertRenderedAsJacksonDoes(verdict("x", byKey));
    assertRenderedAsJacksonDoes(verdict("x", byKey));
  }

  @Test
  void printsEmptyNestedAndDeepStructuresAsJacksonDoes() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("emptyList", List.of());
    value.put("emptyMap", Map.of());
    value.put("listOfLists", List.of(List.of(), List.of(1, 2), List.of(List.of("a"))));
    value.put("null", null);
    value.put("list with null", Arrays.asList("x", null));
    value.put("text", "quotes \" back\\slash \n line \u0001 control, é, \u2014 and \uD83D\uDE00");
    value.put("date", LocalDate.of(2024, 6, 14));
    value.put("numbers", List.of(0, -1, 1.5, Long.MAX_VALUE));
    Object deep = "bottom";
    for (int level = 0; level < 45; level++) {
      deep = level % 2 == 0 ? List.of(deep, level) : Map.of("level" + level, deep);
    }
    value.put("deep", deep);
    assertRenderedAsJacksonDoes(value);
    assertRenderedAsJacksonDoes(List.of());
    assertRenderedAsJacksonDoes("a string alone");
  }

  @Test
  void answersOfEverySizeComeOutWhole() {
    List<String> items = new ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      items.add("item " + n);
      if (n % 4_000 == 0) {
        assertThat(new String(JsonReport.bytes(items), StandardCharsets.UTF_8)).isEqualTo(JsonReport.render(items));
      }
    }
  }
}
