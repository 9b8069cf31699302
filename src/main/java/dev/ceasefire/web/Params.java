package dev.ceasefire.web;

import dev.ceasefire.model.Mode;
import dev.ceasefire.rules.Catalogue;
import dev.ceasefire.rules.PositionInfo;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The evaluation options as the CLI takes them: {@code mode} and {@code position}, checked against the rules. */
final class Params {

  static final List<String> MODES = List.of("all-positions", "as-of");

  private Params() {}

  /** {@code all-positions} (the default when null) or {@code as-of}; the enum names are accepted too. */
  static Mode mode(String value) {
    if (value == null) {
      return Mode.ALL_POSITIONS;
    }
    String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (Arrays.stream(Mode.values()).noneMatch(m -> m.name().equals(key))) {
      throw ApiException.invalidParameter("mode",
          "'" + value + "' is not a mode (expected all-positions or as-of)", MODES);
    }
    return Mode.valueOf(key);
  }

  /** The positions named (none: every position), each a position of the catalogue. */
  static Set<String> positions(List<String> ids, Catalogue catalogue) {
    Set<String> positions = new LinkedHashSet<>();
    if (ids == null) {
      return positions;
    }
    List<String> known = catalogue.positions().stream().map(PositionInfo::id).toList();
    for (String id : ids) {
      if (!known.contains(id)) {
        throw ApiException.invalidParameter("position",
            "unknown position '" + id + "' (known: " + String.join(", ", known) + ")", known);
      }
      positions.add(id);
    }
    return positions;
  }
}
