package dev.ceasefire.scenario;

import dev.ceasefire.scenario.Node.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the problems of one read, worded the same way everywhere:
 * {@code <what> '<value>' (expected <expected>; did you mean <suggestion>?)}. Stops the read after
 * {@value #LIMIT} problems so that a garbage file cannot produce a garbage-sized report.
 */
final class Problems {

  static final int LIMIT = 100;

  private final String file;
  private final List<Problem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  /** Thrown to stop a read at once (hostile input, or too many problems); caught by the reader. */
  static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  void add(Location at, KeyPath path, String what, String value, String expected, Optional<String> suggestion) {
    StringBuilder message = new StringBuilder(what);
    if (value != null) {
      message.append(" '").append(value).append('\'');
    }
    String hint = suggestion.map(s -> "did you mean " + s + "?").orElse(null);
    if (expected != null || hint != null) {
      message.append(" (");
      if (expected != null) {
        message.append("expected ").append(expected);
      }
      if (hint != null) {
        message.append(expected != null ? "; " : "").append(hint);
      }
      message.append(')');
    }
    Location where = at == null ? Location.NONE : at;
    found.add(new Problem(file, where.line(), where.column(), path.toString(), value, expected, message.toString()));
    if (found.size() >= LIMIT) {
      found.add(new Problem(file, where.line(), where.column(), "", null, null,
          "too many problems, stopped after " + LIMIT));
      throw new Stop();
    }
  }

  void add(Location at, KeyPath path, String what, String value, String expected) {
    add(at, path, what, value, expected, Optional.empty());
  }

  /** Adds the problem and stops the read. */
  Stop fatal(Location at, KeyPath path, String what, String value, String expected) {
    add(at, path, what, value, expected);
    return new Stop();
  }

  void wrongType(Node node, KeyPath path, String expected) {
    add(node.location(), path, "wrong type: " + Node.describe(node), Node.shown(node), expected);
  }

  void unknownKey(Node.Entry entry, KeyPath parent, List<String> known) {
    add(entry.keyLocation(), parent.key(entry.key()), "unknown key", entry.key(),
        "one of " + String.join(", ", known), Suggestions.closest(entry.key(), known));
  }

  boolean any() {
    return !found.isEmpty();
  }

  ScenarioException exception() {
    return new ScenarioException(found);
  }
}
