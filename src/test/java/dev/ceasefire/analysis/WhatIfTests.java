package dev.ceasefire.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.TestRules;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import dev.ceasefire.scenario.ScenarioWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhatIfTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  /** RFC 7396, Appendix A. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "{'a':'b'}                 | {'a':'c'}           | {'a':'c'}",
      "{'a':'b'}                 | {'b':'c'}           | {'a':'b','b':'c'}",
      "{'a':'b'}                 | {'a':null}          | {}",
      "{'a':'b','b':'c'}         | {'a':null}          | {'b':'c'}",
      "{'a':['b']}               | {'a':'c'}           | {'a':'c'}",
      "{'a':'c'}                 | {'a':['b']}         | {'a':['b']}",
      "{'a':{'b':'c'}}           | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
      "{'a':[{'b':'c'}]}         | {'a':[1]}           | {'a':[1]}",
      "['a','b']                 | ['c','d']           | ['c','d']",
      "{'a':'b'}                 | ['c']               | ['c']",
      "{'a':'foo'}               | null                | null",
      "{'a':'foo'}               | 'bar'               | 'bar'",
      "{'e':null}                | {'a':1}             | {'e':null,'a':1}",
      "[1,2]                     | {'a':'b','c':null}  | {'a':'b'}",
      "{}                        | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}"})
  void mergePatchFollowsTheRfcExamples(String target, String patch, String expected) throws Exception {
    assertThat(MergePatch.apply(json(target), json(patch))).isEqualTo(json(expected));
  }

  @Test
  void freezingTheNatoBidFlipsOnlyTheLenientReading() throws Exception {
    WhatIf whatIf = new WhatIf(new Evaluator(TestRules.rules()));
    WhatIf.Result r = whatIf.run(TestRules.statusQuo2024(), json("{'nato': {'bid': 'FROZEN'}}"), Mode.ALL_POSITIONS,
        Set.of("RU-2024-06-14"));
    assertThat(r.flips()).contains(new WhatIf.Flip("RU-2024-06-14/officially-renounce-nato", Status.NOT_MET,
        Status.NOT_MET, Status.NOT_MET, Status.PARTIAL));
    assertThat(r.flips()).extracting(WhatIf.Flip::conditionId).doesNotContain("RU-2024-06-14/withdraw-four-regions");
  }

  @Test
  void nullInAChangeMakesAFactUnknown() throws Exception {
    WhatIf whatIf = new WhatIf(new Evaluator(TestRules.rules()));
    WhatIf.Result r = whatIf.run(TestRules.statusQuo2024(), json("{'wmd': null}"), Mode.ALL_POSITIONS,
        Set.of("RU-2024-06-14"));
    assertThat(r.flips()).contains(new WhatIf.Flip("RU-2024-06-14/non-nuclear-status", Status.MET, Status.UNKNOWN,
        Status.MET, Status.UNKNOWN));
  }

  @Test
  void aBadChangeIsReportedWithItsPointer() {
    WhatIf whatIf = new WhatIf(new Evaluator(TestRules.rules()));
    assertThatThrownBy(() -> whatIf.run(TestRules.statusQuo2024(), json("{'nato': {'bid': 'FROZE'}}"),
        Mode.ALL_POSITIONS, Set.of()))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("/facts/nato/bid").hasMessageContaining("did you mean FROZEN?");
  }

  @Test
  void aWrittenScenarioReadsBackTheSame() throws Exception {
    Scenario quo = TestRules.statusQuo2024();
    String yaml = new ScenarioWriter().toYaml(quo);
    Scenario back = new ScenarioReader().read(yaml.getBytes(StandardCharsets.UTF_8), "written.yaml", false);
    assertThat(back.facts()).isEqualTo(quo.facts());
    assertThat(back.expect()).isEqualTo(quo.expect());
    assertThat(back.asOfDate()).isEqualTo(quo.asOfDate());
  }
}
