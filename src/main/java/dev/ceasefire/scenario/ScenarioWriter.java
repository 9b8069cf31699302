package dev.ceasefire.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ceasefire.model.Scenario;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a scenario back in the file layout of schema.md: unknown facts are left out (never written as false),
 * empty sets stay empty, and the key fields a map key already gives (region, city, axis) are not repeated. What
 * it writes, {@link ScenarioReader} reads back to the same scenario.
 */
public final class ScenarioWriter {

  private static final ObjectMapper TREE = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

  /** The scenario as a JSON tree in the file layout (without {@code source}, which is not part of a file). */
  public JsonNode toTree(Scenario scenario) {
    ObjectNode tree = TREE.valueToTree(scenario);
    tree.remove("source");
    if (tree.path("expect").isEmpty()) {
      tree.remove("expect");
    }
    JsonNode facts = tree.path("facts");
    dropKeyField(facts.path("regions"), "region");
    dropKeyField(facts.path("cities"), "city");
    dropKeyField(facts.path("ruMilitaryActivity"), "axis");
    return tree;
  }

  public String toYaml(Scenario scenario) {
    try {
      return YAML.writeValueAsString(toTree(scenario));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void dropKeyField(JsonNode map, String field) {
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext();) {
      JsonNode value = it.next().getValue();
      if (value instanceof ObjectNode object) {
        object.remove(field);
      }
    }
  }
}
