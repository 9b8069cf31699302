package dev.ceasefire.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ceasefire.analysis.FactSpace.Leaf;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code PATH} and {@code PATH=VALUE} as the command line and the REST API give them: the dotted path of a
 * scenario file's facts ({@code facts.} optional) and a YAML value ({@code FROZEN}, {@code true},
 * {@code [DONETSK, LUHANSK]}). Values go through the strict scenario reader, so aliases work and a bad value is
 * reported with the path and the allowed values.
 */
final class Assignments {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Assignments() {}

  static Leaf leaf(FactSpace space, String path, String option) {
    return space.leaf(path).orElseThrow(() -> new AnalysisException(option + ": unknown fact path '"
        + AnalysisException.quote(FactSpace.normalise(path)) + "' (known: "
        + String.join(", ", space.suggestions(path)) + ")"));
  }

  /** The value written for a leaf, as the scenario reader binds it on top of the base. */
  static Object value(FactSpace space, WhatIf whatIf, Scenario base, Leaf leaf, String text, String option) {
    JsonNode node;
    try {
      node = YAML.readTree(text.isBlank() ? "null" : text);
    } catch (IOException e) {
      throw new AnalysisException(option + ": " + leaf.path() + ": cannot read the value '"
          + AnalysisException.quote(text) + "'");
    }
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    try {
      Scenario s = whatIf.variant(base, patch(leaf, node), option);
      return space.get(s.facts(), leaf);
    } catch (ScenarioException e) {
      throw new AnalysisException(option + ": " + leaf.path() + ": bad value '" + AnalysisException.quote(text)
          + "' (allowed: " + allowed(leaf) + ")");
    }
  }

  static String allowed(Leaf leaf) {
    if (leaf.type().isEnum()) {
      return List.of(leaf.type().getEnumConstants()).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    if (leaf.type() == Boolean.class) {
      return "true, false";
    }
    if (leaf.type() == Integer.class) {
      return "a whole number (searched: " + leaf.domain() + ")";
    }
    if (Set.class.isAssignableFrom(leaf.type())) {
      return "a list such as " + leaf.domain().stream().filter(v -> !((Collection<?>) v).isEmpty()).findFirst()
          .map(v -> "[" + ((Collection<?>) v).stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]")
          .orElse("[]");
    }
    return "a " + leaf.type().getSimpleName();
  }

  /** A merge patch on facts that sets one leaf. */
  static ObjectNode patch(Leaf leaf, JsonNode value) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode at = root;
    String[] parts = leaf.path().split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      at = at.putObject(parts[i]);
    }
    at.set(parts[parts.length - 1], value);
    return root;
  }
}
