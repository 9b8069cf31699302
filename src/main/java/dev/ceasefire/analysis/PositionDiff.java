package dev.ceasefire.analysis;

import dev.ceasefire.rules.Catalogue;
import dev.ceasefire.rules.ConditionInfo;
import dev.ceasefire.rules.PositionInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a party's position changed between two statements, from the catalogue alone. A condition of B is matched
 * to one of A through its {@code supersedes:} field, and the catalogue's {@code change:} judgement (TIGHTENED,
 * LOOSENED, SAME, SHIFTED) with its note says how: that is a reading of the sources, recorded with them, never
 * inferred here. Conditions of B matched to nothing are ADDED; conditions of A that nothing in B supersedes are
 * DROPPED; either may share a {@code topic} with a condition of the other statement, which is reported. A
 * statement compared with itself has every condition SAME.
 */
public final class PositionDiff {

  /** One line of the diff. */
  public record Entry(String change, String from, String to, String topic, String note, String fromQuote,
      String toQuote) {}

  /** The whole diff. */
  public record Result(PositionInfo from, PositionInfo to, List<Entry> entries) {}

  private PositionDiff() {}

  public static Result of(Catalogue catalogue, String fromId, String toId) {
    PositionInfo a = catalogue.position(fromId).orElseThrow(() -> new IllegalArgumentException(unknown(catalogue, fromId)));
    PositionInfo b = catalogue.position(toId).orElseThrow(() -> new IllegalArgumentException(unknown(catalogue, toId)));
    List<ConditionInfo> as = catalogue.conditions(a.id());
    List<ConditionInfo> bs = catalogue.conditions(b.id());
    List<Entry> entries = new ArrayList<>();
    if (a.id().equals(b.id())) {
      // a statement compared with itself: every condition is itself, nothing was added or dropped
      for (ConditionInfo c : as) {
        entries.add(new Entry("SAME", c.id(), c.id(), c.topic(), "the same statement on both sides",
            c.source().quote(), c.source().quote()));
      }
      return new Result(a, b, entries);
    }
    Set<String> matched = new HashSet<>();
    for (ConditionInfo c : bs) {
      ConditionInfo old = c.supersedes() == null ? null
          : as.stream().filter(x -> x.id().equals(c.supersedes())).findFirst().orElse(null);
      if (old != null) {
        matched.add(old.id());
        entries.add(new Entry(c.change().name(), old.id(), c.id(), c.topic(), c.changeNote(), old.source().quote(),
            c.source().quote()));
      } else {
        String sameTopic = as.stream().filter(x -> c.topic() != null && Objects.equals(x.topic(), c.topic()))
            .map(ConditionInfo::id).findFirst().orElse(null);
        entries.add(new Entry("ADDED", sameTopic, c.id(), c.topic(),
            sameTopic == null ? null : "same topic as " + sameTopic + ", but not recorded as superseding it", null,
            c.source().quote()));
      }
    }
    for (ConditionInfo old : as) {
      if (!matched.contains(old.id())) {
        entries.add(new Entry("DROPPED", old.id(), null, old.topic(), "not restated in " + b.id(),
            old.source().quote(), null));
      }
    }
    return new Result(a, b, entries);
  }

  private static String unknown(Catalogue catalogue, String id) {
    return "unknown position '" + id + "' (known: "
        + String.join(", ", catalogue.positions().stream().map(PositionInfo::id).toList()) + ")";
  }
}
