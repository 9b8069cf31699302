package dev.ceasefire.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The line a Drools error is on, where Drools gives none or the rule's first line. */
class DrlErrorsTests {

  private static final byte[] DRL = """
      rule "a"
      when
        X(a == b)
      then
        insert(one);
        update(two, undefinedVar);
      end

      rule "b"
      when
        Y()
      then
        insertX(three);
      end
      """.getBytes(StandardCharsets.UTF_8);

  @Test
  void anExpressionWithoutALineIsFoundInTheText() {
    assertThat(DrlErrors.line(-1, "Unable to Analyse Expression a == b:\n[Error: unable to resolve]", DRL)).isEqualTo(3);
  }

  @Test
  void aNameTheJavaCompilerCannotResolveIsFoundInTheConsequenceOfTheRuleReported() {
    assertThat(DrlErrors.line(1, "Rule Compilation error undefinedVar cannot be resolved to a variable", DRL))
        .isEqualTo(6);
    assertThat(DrlErrors.line(9, "Rule Compilation error The method insertX(Object) is undefined for the type R", DRL))
        .isEqualTo(13);
  }

  @Test
  void aNameNotInTheRulesConsequenceKeepsTheLineDroolsGave() {
    assertThat(DrlErrors.line(1, "Rule Compilation error The method insertX(Object) is undefined for the type R", DRL))
        .isEqualTo(1);
    assertThat(DrlErrors.line(12, "[ERR 102] Line 12:0 mismatched input 'then'", DRL)).isEqualTo(12);
  }
}
