package dev.ceasefire.report;

import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.PositionResult;
import dev.ceasefire.model.Status;
import java.util.stream.Collectors;

/** A handout: per position a table of verdicts, then each condition's reasons and its source quote. */
public final class MarkdownReport {

  public String render(Evaluation e) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(e.scenario().title()).append("\n\n");
    out.append("Scenario `").append(e.scenario().id()).append("`, as of ").append(e.scenario().asOfDate())
        .append(", mode `").append(e.mode()).append("`, rules `").append(e.rules().digest()).append("`.\n\n");
    out.append("These verdicts compare a hypothetical scenario with what each party has publicly stated. They describe"
        + " stated positions; they predict nothing.\n");
    for (PositionResult p : e.positions()) {
      out.append("\n## ").append(p.id()).append(": ").append(esc(p.title())).append("\n\n");
      out.append("Party ").append(p.party()).append(", stated ").append(p.date()).append(", ")
          .append(p.reliability()).append(".");
      if (!p.applicable()) {
        out.append(" Not judged: ").append(esc(p.applicability())).append(".\n");
        continue;
      }
      out.append(" ").append(p.summary().entrySet().stream().map(en -> Style.label(en.getKey()) + " " + en.getValue())
          .collect(Collectors.joining(" · "))).append("\n\n");
      out.append("| Condition | Strict | Lenient | Why |\n|---|---|---|---|\n");
      for (ConditionResult c : p.conditions()) {
        out.append("| ").append(c.id().substring(c.id().indexOf('/') + 1)).append(" | ").append(mark(c.status()))
            .append(" | ").append(mark(c.lenientStatus())).append(" | ")
            .append(esc(c.reasons().isEmpty() ? "" : c.reasons().get(0))).append(" |\n");
      }
      out.append('\n');
      for (ConditionResult c : p.conditions()) {
        out.append("### ").append(c.id()).append("\n\n");
        out.append("**").append(Style.label(c.status())).append("**");
        if (c.lenientStatus() != c.status()) {
          out.append(" (lenient: **").append(Style.label(c.lenientStatus())).append("**)");
        }
        out.append(" · ").append(c.kind());
        if (c.contested() && c.partyStatus() != null) {
          out.append(" · contested: ").append(c.partyStatus().entrySet().stream()
              .map(en -> en.getKey() + " " + Style.label(en.getValue())).collect(Collectors.joining(", ")));
        }
        if (!c.flags().isEmpty()) {
          out.append(" · flags: ").append(String.join(", ", c.flags()));
        }
        out.append("\n\n").append(esc(c.paraphrase())).append("\n\n");
        c.reasons().forEach(r -> out.append("- ").append(esc(r)).append('\n'));
        out.append("\n> ").append(esc(c.source().quote())).append("\n>\n> — ").append(esc(c.source().speaker()))
            .append(", ").append(c.source().date()).append(", ").append(esc(c.source().place())).append(" (")
            .append(esc(c.source().reference())).append(")\n\n");
      }
    }
    if (!e.warnings().isEmpty()) {
      out.append("## Warnings\n\n");
      e.warnings().forEach(w -> out.append("- ").append(esc(w)).append('\n'));
    }
    return out.toString();
  }

  private static String mark(Status s) {
    return Style.label(s);
  }

  private static String esc(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }
}
