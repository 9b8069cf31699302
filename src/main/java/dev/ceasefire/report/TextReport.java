package dev.ceasefire.report;

import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.PositionResult;
import dev.ceasefire.model.Status;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A readable table grouped by position: status, the LENIENT status where it differs, the condition and its
 * first reason. With {@code details}, every reason, the facts read and the source quote follow each row.
 */
public final class TextReport {

  private final Style style;
  private final int width;
  private final boolean details;

  public TextReport(Style style, int width, boolean details) {
    this.style = style;
    this.width = Math.max(80, width);
    this.details = details;
  }

  public String render(Evaluation e) {
    StringBuilder out = new StringBuilder();
    out.append(style.bold(e.scenario().title())).append('\n');
    out.append(style.dim("%s · as of %s · %s · rules %s".formatted(e.scenario().id(), e.scenario().asOfDate(),
        e.mode(), e.rules().digest().substring(0, Math.min(19, e.rules().digest().length())) + "…"))).append('\n');
    for (PositionResult p : e.positions()) {
      out.append('\n').append(style.bold(p.id() + "  " + p.title()))
          .append(style.dim("  (%s, %s, %s)".formatted(p.party(), p.date(), p.reliability()))).append('\n');
      if (!p.applicable()) {
        out.append("  not judged: ").append(p.applicability()).append('\n');
        continue;
      }
      out.append("  ").append(summary(p.summary())).append('\n');
      int idWidth = p.conditions().stream().mapToInt(c -> slug(c).length()).max().orElse(20) + 2;
      out.append(style.dim("  " + Style.pad("STATUS", 9) + Style.pad("LENIENT", 9) + Style.pad("CONDITION", idWidth)
          + "WHY")).append('\n');
      for (ConditionResult c : p.conditions()) {
        String lenient = c.lenientStatus() == c.status() ? Style.pad("", 9) : style.status(c.lenientStatus(), 9);
        String why = c.reasons().isEmpty() ? "" : c.reasons().get(0);
        String marks = (c.contested() ? " [contested " + partyStatus(c.partyStatus()) + "]" : "")
            + (c.flags().isEmpty() ? "" : " [" + String.join(", ", c.flags()) + "]");
        int room = width - 2 - 9 - 9 - idWidth;
        out.append("  ").append(style.status(c.status(), 9)).append(lenient).append(Style.pad(slug(c), idWidth))
            .append(details ? why : clip(why + marks, room)).append('\n');
        if (details) {
          String indent = " ".repeat(2 + 9 + 9 + idWidth);
          for (String reason : c.reasons().subList(Math.min(1, c.reasons().size()), c.reasons().size())) {
            out.append(indent).append(reason).append('\n');
          }
          if (c.lenientStatus() != c.status() && !c.lenientReasons().equals(c.reasons())) {
            c.lenientReasons().forEach(r -> out.append(indent).append("LENIENT: ").append(r).append('\n'));
          }
          if (!marks.isEmpty()) {
            out.append(indent).append(marks.strip()).append('\n');
          }
          out.append(indent).append(style.dim("“" + c.source().quote() + "” — " + c.source().speaker() + ", "
              + c.source().date() + ", " + c.source().place() + " [" + c.source().reference() + "]")).append('\n');
        }
      }
    }
    if (!e.warnings().isEmpty()) {
      out.append('\n').append(style.bold("Warnings")).append('\n');
      e.warnings().forEach(w -> out.append("  ").append(w).append('\n'));
    }
    return out.toString();
  }

  private String summary(Map<Status, Integer> summary) {
    return summary.entrySet().stream().map(en -> style.status(en.getKey(), 0) + " " + en.getValue())
        .collect(Collectors.joining(" · "));
  }

  private static String partyStatus(Map<?, Status> map) {
    if (map == null) {
      return "";
    }
    return map.entrySet().stream().map(en -> en.getKey() + " " + Style.label(en.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String slug(ConditionResult c) {
    return c.id().substring(c.id().indexOf('/') + 1);
  }

  private static String clip(String text, int room) {
    if (room < 10 || text.length() <= room) {
      return text;
    }
    return text.substring(0, room - 1) + "…";
  }
}
