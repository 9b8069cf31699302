package dev.ceasefire.report;

import dev.ceasefire.analysis.Analyses.Point;
import dev.ceasefire.analysis.Analyses.SweepResult;
import dev.ceasefire.model.Status;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sweep's grid as CSV (one row per grid point, one column per condition), JSON, Markdown (conditions × grid
 * points) or a self-contained HTML heat map. Cells carry the status as text as well as colour, and the palette
 * (blue, light blue, grey, orange, white) stays apart for the common kinds of colour blindness.
 */
public final class SweepReport {

  private SweepReport() {}

  public static String csv(SweepResult r, boolean lenient) {
    StringBuilder out = new StringBuilder();
    out.append(r.varied().stream().map(SweepReport::csvCell).collect(Collectors.joining(",")));
    r.conditions().forEach(c -> out.append(',').append(csvCell(c)));
    out.append('\n');
    for (Point p : r.points()) {
      out.append(r.varied().stream().map(v -> csvCell(String.valueOf(p.values().get(v)))).collect(Collectors.joining(",")));
      Map<String, Status> s = lenient ? p.lenientStatus() : p.status();
      r.conditions().forEach(c -> out.append(',').append(s.get(c)));
      out.append('\n');
    }
    return out.toString();
  }

  public static String json(SweepResult r) {
    return JsonReport.render(r);
  }

  public static String markdown(SweepResult r, boolean lenient) {
    StringBuilder out = new StringBuilder("# Sweep of ").append(r.scenario()).append("\n\n");
    out.append(lenient ? "LENIENT" : "STRICT").append(" reading. Grid points:\n\n");
    for (int i = 0; i < r.points().size(); i++) {
      out.append("- **P").append(i + 1).append("**: ").append(label(r.points().get(i))).append('\n');
    }
    out.append("\n| Condition |");
    for (int i = 0; i < r.points().size(); i++) {
      out.append(" P").append(i + 1).append(" |");
    }
    out.append("\n|---|").append("---|".repeat(r.points().size())).append('\n');
    for (String c : r.conditions()) {
      out.append("| ").append(c).append(" |");
      for (Point p : r.points()) {
        out.append(' ').append((lenient ? p.lenientStatus() : p.status()).get(c)).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  public static String html(SweepResult r, boolean lenient) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sweep of ")
        .append(esc(r.scenario())).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}\n")
        .append("table{border-collapse:collapse;font-size:12px}\n")
        .append("th,td{border:1px solid #999;padding:3px 5px;text-align:center}\n")
        .append("th.c{text-align:left;font-weight:normal;white-space:nowrap}\n")
        .append("th.p{writing-mode:vertical-rl;transform:rotate(180deg);max-height:18em;font-weight:normal}\n")
        .append(".MET{background:#0b5394;color:#fff}.PARTIAL{background:#9fc5e8;color:#000}")
        .append(".UNKNOWN{background:#d9d9d9;color:#000}.NOT_MET{background:#e69138;color:#000}")
        .append(".NOT_APPLICABLE{background:#fff;color:#555}\n")
        .append("</style></head><body>\n<h1>Sweep of ").append(esc(r.scenario())).append("</h1>\n<p>")
        .append(lenient ? "LENIENT" : "STRICT").append(" reading; ").append(r.points().size())
        .append(" grid points varying ").append(esc(String.join(", ", r.varied()))).append(".</p>\n")
        .append("<p>Legend: <span class=\"MET\">&nbsp;MET&nbsp;</span> <span class=\"PARTIAL\">&nbsp;PART&nbsp;</span> ")
        .append("<span class=\"UNKNOWN\">&nbsp;UNK&nbsp;</span> <span class=\"NOT_MET\">&nbsp;NOT&nbsp;</span> ")
        .append("<span class=\"NOT_APPLICABLE\">&nbsp;N/A&nbsp;</span></p>\n<table>\n<tr><th class=\"c\">condition</th>");
    for (Point p : r.points()) {
      out.append("<th class=\"p\" title=\"").append(esc(label(p))).append("\">").append(esc(label(p))).append("</th>");
    }
    out.append("</tr>\n");
    for (String c : r.conditions()) {
      out.append("<tr><th class=\"c\">").append(esc(c)).append("</th>");
      for (Point p : r.points()) {
        Status s = (lenient ? p.lenientStatus() : p.status()).get(c);
        out.append("<td class=\"").append(s).append("\" title=\"").append(esc(c + " at " + label(p) + ": " + s))
            .append("\">").append(abbreviation(s)).append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</table>\n</body></html>\n").toString();
  }

  static String label(Point p) {
    return p.values().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  static String abbreviation(Status s) {
    return s == null ? "?" : switch (s) {
      case MET -> "MET";
      case PARTIAL -> "PART";
      case UNKNOWN -> "UNK";
      case NOT_MET -> "NOT";
      case NOT_APPLICABLE -> "N/A";
    };
  }

  private static String csvCell(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

}
