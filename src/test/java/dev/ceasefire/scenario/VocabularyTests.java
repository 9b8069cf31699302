package dev.ceasefire.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.Facts;
import org.junit.jupiter.api.Test;

class VocabularyTests {

  private final Vocabulary vocabulary = Vocabulary.describe();

  private Vocabulary.Group group(String name) {
    return vocabulary.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
  }

  private Vocabulary.Field field(String group, String name) {
    return group(group).fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void describesEveryFactGroup() {
    assertThat(vocabulary.groups()).hasSize(Facts.class.getRecordComponents().length);
  }

  @Test
  void enumsCarryTheirValues() {
    assertThat(field("nato", "bid").type()).isEqualTo("enum");
    assertThat(field("nato", "bid").values()).containsExactly("ACTIVE", "FROZEN", "FORMALLY_ABANDONED",
        "CONSTITUTIONALLY_BARRED");
  }

  @Test
  void regionsAreAMapKeyedByRegionCodeWithoutRepeatingTheKey() {
    Vocabulary.Group regions = group("regions");
    assertThat(regions.kind()).isEqualTo("map");
    assertThat(regions.keys()).contains("DONETSK", "SEVASTOPOL", "RU_KURSK");
    assertThat(regions.fields()).extracting(Vocabulary.Field::name).doesNotContain("region")
        .contains("uaTroopPresence", "withdrawalStartDate");
  }

  @Test
  void setsMapsAndSpecialVocabulariesAreTyped() {
    assertThat(field("ceasefire", "domains").type()).isEqualTo("enum-set");
    assertThat(field("guarantees", "guarantors").type()).isEqualTo("country-set");
    assertThat(field("settlement", "contains").type()).isEqualTo("condition-set");
    assertThat(field("sanctions", "byActor").type()).isEqualTo("enum-map");
    assertThat(field("sanctions", "byActor").keys()).contains("USA", "EU");
    assertThat(field("ceasefire", "orderedByRuAt").type()).isEqualTo("instant");
    assertThat(field("domestic", "electionsDate").type()).isEqualTo("date");
    assertThat(field("armedForces", "personnelCap").type()).isEqualTo("integer");
  }
}
