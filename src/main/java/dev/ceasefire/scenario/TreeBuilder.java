package dev.ceasefire.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.ceasefire.scenario.Node.Entry;
import dev.ceasefire.scenario.Node.Kind;
import dev.ceasefire.scenario.Node.ListNode;
import dev.ceasefire.scenario.Node.Location;
import dev.ceasefire.scenario.Node.MapNode;
import dev.ceasefire.scenario.Node.ScalarNode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a Jackson token stream (JSON or YAML) into a {@link Node} tree that remembers where each node started.
 * Duplicate keys, YAML aliases, nesting deeper than {@value #MAX_DEPTH} and a second document are reported
 * here, the same way for both formats; syntax errors become one-line problems instead of exceptions.
 */
final class TreeBuilder {

  static final int MAX_DEPTH = 40;

  private final Problems problems;
  private KeyPath at = KeyPath.ROOT;

  TreeBuilder(Problems problems) {
    this.problems = problems;
  }

  /** The single document the parser holds; stops the read when there is none, or more than one. */
  Node document(JsonParser parser) {
    boolean yaml = parser instanceof YAMLParser;
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        throw problems.fatal(Location.NONE, KeyPath.ROOT, "empty file, expected a scenario", null, null);
      }
      Node root = value(parser, first, KeyPath.ROOT, 1);
      JsonToken extra = parser.nextToken();
      if (extra == JsonToken.VALUE_NULL && yaml) {
        extra = parser.nextToken(); // a trailing "---" opens an empty document: harmless
      }
      if (extra != null) {
        throw problems.fatal(location(parser.currentTokenLocation()), KeyPath.ROOT,
            yaml ? "more than one YAML document" : "unexpected content after the scenario", null,
            yaml ? "a single scenario per file" : "the end of the file");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw syntaxError(e, yaml);
    } catch (IOException | RuntimeException e) {
      if (e instanceof Problems.Stop stop) {
        throw stop;
      }
      throw problems.fatal(Location.NONE, at, "cannot parse: " + firstLine(String.valueOf(e.getMessage())), null,
          null);
    }
  }

  /** A tree built in memory (a what-if patch applied to a scenario): no positions, pointers only. */
  Node fromJson(JsonNode node) {
    return fromJson(node, KeyPath.ROOT, 1);
  }

  private Node fromJson(JsonNode node, KeyPath path, int depth) {
    checkDepth(depth, Location.NONE, path);
    if (node.isObject()) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        entries.put(field.getKey(), new Entry(field.getKey(), Location.NONE,
            fromJson(field.getValue(), path.key(field.getKey()), depth + 1)));
      }
      return new MapNode(Collections.unmodifiableMap(entries), Location.NONE);
    }
    if (node.isArray()) {
      List<Node> items = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        items.add(fromJson(node.get(i), path.index(i), depth + 1));
      }
      return new ListNode(List.copyOf(items), Location.NONE);
    }
    if (node.isNull() || node.isMissingNode()) {
      return new ScalarNode(Kind.NULL, null, "null", Location.NONE);
    }
    if (node.isBoolean()) {
      return new ScalarNode(Kind.BOOLEAN, node.booleanValue(), node.asText(), Location.NONE);
    }
    if (node.isIntegralNumber()) {
      return new ScalarNode(Kind.INTEGER, node.bigIntegerValue(), node.asText(), Location.NONE);
    }
    if (node.isNumber()) {
      return new ScalarNode(Kind.DECIMAL, null, node.asText(), Location.NONE);
    }
    if (node.isTextual()) {
      return new ScalarNode(Kind.STRING, node.textValue(), node.textValue(), Location.NONE);
    }
    problems.add(Location.NONE, path, "unsupported value", node.getNodeType().toString(),
        "a mapping, list, string, number, boolean or null");
    return new ScalarNode(Kind.NULL, null, "null", Location.NONE);
  }

  private Node value(JsonParser parser, JsonToken token, KeyPath path, int depth) throws IOException {
    at = path;
    Location start = location(parser.currentTokenLocation());
    checkDepth(depth, start, path);
    switch (token) {
      case START_OBJECT -> {
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Location keyAt = location(parser.currentTokenLocation());
          Node child = value(parser, parser.nextToken(), path.key(key), depth + 1);
          Entry first = entries.get(key);
          if (first == null) {
            entries.put(key, new Entry(key, keyAt, child));
          } else {
            problems.add(keyAt, path.key(key), "duplicate key", key,
                "each key once; first given at line " + first.keyLocation().line() + ", column "
                    + first.keyLocation().column());
          }
        }
        return new MapNode(Collections.unmodifiableMap(entries), start);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
          items.add(value(parser, next, path.index(items.size()), depth + 1));
        }
        return new ListNode(List.copyOf(items), start);
      }
      case VALUE_STRING -> {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          // Jackson hands an alias over as its anchor's name; refusing it also defuses alias bombs.
          throw problems.fatal(start, path, "YAML alias not supported", "*" + parser.getText(),
              "the value written out in full");
        }
        String text = parser.getText();
        return new ScalarNode(Kind.STRING, text, text, start);
      }
      case VALUE_NUMBER_INT -> {
        BigInteger number = parser.getBigIntegerValue();
        return new ScalarNode(Kind.INTEGER, number, parser.getText(), start);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new ScalarNode(Kind.DECIMAL, null, parser.getText(), start);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        String text = parser.getText();
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
          // YAML 1.1 booleans (yes, no, on, off, y, n) stay text: only true and false are booleans.
          return new ScalarNode(Kind.STRING, text, text, start);
        }
        return new ScalarNode(Kind.BOOLEAN, token == JsonToken.VALUE_TRUE, text, start);
      }
      case VALUE_NULL -> {
        return new ScalarNode(Kind.NULL, null, "null", start);
      }
      default -> {
        throw problems.fatal(start, path, "unsupported value", String.valueOf(parser.getText()),
            "a mapping, list, string, number, boolean or null");
      }
    }
  }

  private void checkDepth(int depth, Location start, KeyPath path) {
    if (depth > MAX_DEPTH) {
      throw problems.fatal(start, path, "nested too deeply", null, "at most " + MAX_DEPTH + " levels");
    }
  }

  private Problems.Stop syntaxError(JsonProcessingException e, boolean yaml) {
    if (e.getCause() instanceof MarkedYAMLException marked) {
      Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      Location where = mark == null ? Location.NONE : new Location(mark.getLine() + 1, mark.getColumn() + 1);
      String context = marked.getContext() == null ? "" : " (" + firstLine(marked.getContext()) + ")";
      return problems.fatal(where, KeyPath.ROOT, "invalid YAML: " + firstLine(String.valueOf(marked.getProblem())) + context,
          null, null);
    }
    String what = (yaml ? "invalid YAML: " : "invalid JSON: ") + firstLine(e.getOriginalMessage());
    return problems.fatal(location(e.getLocation()), KeyPath.ROOT, what, null, null);
  }

  private static Location location(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return Location.NONE;
    }
    return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String line = ParserMessages.plain(text.strip().lines().findFirst().orElse(""));
    return line.length() > 200 ? line.substring(0, 197) + "…" : line;
  }
}
