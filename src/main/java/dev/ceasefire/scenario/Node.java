package dev.ceasefire.scenario;

import java.util.List;
import java.util.Map;

/**
 * A parsed document before binding: JSON or YAML alike, each node with the line and column it started at, so
 * that every problem can point into the file. Trees built from a {@code JsonNode} carry {@link Location#NONE}.
 */
sealed interface Node {

  Location location();

  /** 1-based line and column; {@link #NONE} when unknown. */
  record Location(int line, int column) {
    static final Location NONE = new Location(0, 0);
  }

  /** A mapping in document order; keys are unique (duplicates are reported while building). */
  record MapNode(Map<String, Entry> entries, Location location) implements Node {}

  record Entry(String key, Location keyLocation, Node value) {}

  record ListNode(List<Node> items, Location location) implements Node {}

  /** A scalar: {@code value} is a String, BigInteger, Boolean, or null; {@code text} is as written. */
  record ScalarNode(Kind kind, Object value, String text, Location location) implements Node {}

  enum Kind {
    STRING("a string"),
    INTEGER("a whole number"),
    DECIMAL("a decimal number"),
    BOOLEAN("a boolean"),
    NULL("null");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  /** What a node is, for "wrong type" messages. */
  static String describe(Node node) {
    if (node instanceof MapNode) {
      return "a mapping";
    }
    if (node instanceof ListNode) {
      return "a list";
    }
    return ((ScalarNode) node).kind().description;
  }

  /** The node as a short text for messages: the scalar as written, or {@code {…}} and {@code […]}. */
  static String shown(Node node) {
    if (node instanceof MapNode) {
      return "{…}";
    }
    if (node instanceof ListNode) {
      return "[…]";
    }
    String text = ((ScalarNode) node).text();
    return text.length() > 80 ? text.substring(0, 77) + "…" : text;
  }
}
