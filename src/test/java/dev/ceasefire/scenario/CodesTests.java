package dev.ceasefire.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.RegionCode;
import dev.ceasefire.model.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The identifier checks of {@link Codes} are written by hand for speed; these tests hold them to the regular
 * expressions that define the formats, over the usual spellings and many near misses.
 */
class CodesTests {

  private static final Pattern CONDITION_ID = Pattern.compile("^(RU|UA|US)-\\d{4}-\\d{2}-\\d{2}/[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Pattern FLAG = Pattern.compile("^[a-z][A-Za-z0-9]*$");

  /** Valid texts, each cut, extended and with one character replaced in every place by characters near the format. */
  private static List<String> nearMisses(List<String> valid) {
    List<String> texts = new ArrayList<>(valid);
    String alphabet = "aAzZ09-_/ .\n\u0660RUSAx";
    for (String text : valid) {
      for (int i = 0; i <= text.length(); i++) {
        texts.add(text.substring(0, i));
        texts.add(text.substring(i));
        for (char c : alphabet.toCharArray()) {
          texts.add(text.substring(0, i) + c + text.substring(i));
          if (i < text.length()) {
            texts.add(text.substring(0, i) + c + text.substring(i + 1));
          }
        }
      }
    }
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  /** The check answers as the pattern does on every near miss of the valid texts, and accepts some of them. */
  private static void assertChecksAs(Pattern pattern, Predicate<String> check, String... valid) {
    List<String> texts = nearMisses(List.of(valid));
    assertThat(texts).allSatisfy(text -> assertThat(check.test(text)).as(text)
        .isEqualTo(pattern.matcher(text).matches()));
    assertThat(texts).filteredOn(check).hasSizeGreaterThan(100);
  }

  @Test
  void checksConditionIdsExactlyAsTheirPatternDoes() {
    assertChecksAs(CONDITION_ID, Codes::isConditionId, "RU-2024-06-14/withdraw-four-regions", "UA-2022-03-29/a",
        "US-2025-11-20/x-1-y2");
  }

  @Test
  void checksKebabCaseExactlyAsItsPatternDoes() {
    assertChecksAs(KEBAB, Codes::isKebab, "status-quo-2024-06-14", "a", "x-1");
  }

  @Test
  void checksFlagNamesExactlyAsTheirPatternDoes() {
    assertChecksAs(FLAG, Codes::isFlag, "offerConditionBreached", "a", "x9Z");
  }

  @Test
  void looksUpRegionsAndTerritoriesAsTheModelParsesThem() {
    List<String> texts = new ArrayList<>(RegionCode.spellings());
    for (Territory territory : Territory.values()) {
      texts.add(territory.name());
    }
    texts.addAll(List.of("Donbass", "новые регионы", "ORDLO", "  donetsk ", "Zaporozh’ye", "kyiv_city", "Narnia", ""));
    for (String text : List.copyOf(texts)) {
      texts.add(text.toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(texts).allSatisfy(text -> {
      assertThat(Codes.regionGroup(text)).as(text).isEqualTo(RegionCode.parseGroup(text));
      assertThat(Codes.territory(text)).as(text).isEqualTo(Territory.parse(text));
    });
  }

  @Test
  void suggestsAKebabIdOnlyWhenNothingWrittenIsLost() {
    assertThat(Codes.suggestKebab("Status Quo")).contains("status-quo");
    assertThat(Codes.suggestKebab("статус-кво")).contains("status-kvo");
    assertThat(Codes.suggestKebab("Перемир'я 2025")).contains("peremyr-ia-2025");
    assertThat(Codes.suggestKebab("сценарій 1")).contains("stsenarii-1");
    assertThat(Codes.suggestKebab("Café Genève")).contains("cafe-geneve");
    assertThat(Codes.suggestKebab("σενάριο 1")).isEmpty();
    assertThat(Codes.suggestKebab("停火 1")).isEmpty();
    assertThat(Codes.suggestKebab("???")).isEmpty();
    assertThat(Codes.suggestKebab("status-quo")).isEmpty();
  }
}
