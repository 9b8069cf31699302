package dev.ceasefire.report;

import dev.ceasefire.analysis.Timeline;
import dev.ceasefire.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text and HTML renderings of a {@link Timeline}. The HTML page is self-contained (inline CSS and SVG, no
 * scripts, nothing fetched): a chart of which positions were live on each statement date, coloured by the share
 * of their conditions MET, and a line of how many regions each party's territorial demand covered.
 */
public final class TimelineReport {

  private TimelineReport() {}

  public static String text(Timeline.Result t) {
    StringBuilder b = new StringBuilder();
    b.append(t.scenarioTitle()).append('\n');
    b.append(t.scenarioId()).append(" · timeline AS_OF each statement date")
        .append(t.party() == null ? "" : " · party " + t.party()).append('\n');
    for (Timeline.Step s : t.steps()) {
      b.append('\n').append(s.date()).append("  stated: ").append(String.join(", ", s.stated())).append('\n');
      for (Timeline.Territory terr : s.territory()) {
        b.append("  territory ").append(terr.party()).append(": ").append(String.join(", ", terr.regions()));
        if (!terr.lenientRegions().equals(terr.regions())) {
          b.append(" (LENIENT: ").append(String.join(", ", terr.lenientRegions())).append(')');
        }
        b.append("  [").append(String.join(", ", terr.from())).append("]\n");
      }
      for (Timeline.Live l : s.live()) {
        b.append("  live ").append(l.id()).append("  (").append(l.party()).append(", ").append(l.validFrom())
            .append(", ").append(l.reliability()).append(")  ").append(summary(l.summary())).append('\n');
        for (Timeline.Condition c : l.conditions()) {
          b.append("    ").append(pad(String.valueOf(c.status()), 15))
              .append(pad(c.lenientStatus() == c.status() ? "" : String.valueOf(c.lenientStatus()), 15))
              .append(c.id().substring(c.id().indexOf('/') + 1)).append('\n');
        }
      }
    }
    return b.toString();
  }

  private static String summary(Map<Status, Integer> s) {
    return "MET " + s.getOrDefault(Status.MET, 0) + " · PARTIAL " + s.getOrDefault(Status.PARTIAL, 0) + " · NOT_MET "
        + s.getOrDefault(Status.NOT_MET, 0) + " · UNKNOWN " + s.getOrDefault(Status.UNKNOWN, 0) + " · N/A "
        + s.getOrDefault(Status.NOT_APPLICABLE, 0);
  }

  private static String pad(String s, int n) {
    return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
  }

  public static String html(Timeline.Result t) {
    List<java.time.LocalDate> dates = t.steps().stream().map(Timeline.Step::date).toList();
    Map<String, Timeline.Live> rows = new LinkedHashMap<>();
    t.steps().forEach(s -> s.live().forEach(l -> rows.putIfAbsent(l.id(), l)));
    List<String> ids = new ArrayList<>(rows.keySet());
    ids.sort((a, b) -> rows.get(a).validFrom().compareTo(rows.get(b).validFrom()) != 0
        ? rows.get(a).validFrom().compareTo(rows.get(b).validFrom()) : a.compareTo(b));
    int left = 190;
    int cell = 64;
    int rowH = 22;
    int top = 70;
    int width = left + cell * dates.size() + 20;
    int gridH = top + rowH * ids.size();
    int chartTop = gridH + 40;
    int chartH = 120;
    int height = chartTop + chartH + 40;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" role=\"img\" aria-label=\"Positions live on each statement date\">\n");
    for (int i = 0; i < dates.size(); i++) {
      int x = left + i * cell + cell / 2;
      svg.append("<text x=\"").append(x).append("\" y=\"").append(top - 8)
          .append("\" transform=\"rotate(-45 ").append(x).append(' ').append(top - 8)
          .append(")\" font-size=\"10\">").append(dates.get(i)).append("</text>\n");
    }
    for (int r = 0; r < ids.size(); r++) {
      Timeline.Live head = rows.get(ids.get(r));
      int y = top + r * rowH;
      svg.append("<text x=\"4\" y=\"").append(y + 15).append("\" font-size=\"11\">").append(esc(head.id()))
          .append(" · ").append(head.reliability()).append("</text>\n");
      for (int i = 0; i < dates.size(); i++) {
        Timeline.Live l = live(t.steps().get(i), head.id());
        if (l == null) {
          continue;
        }
        int total = l.conditions().size();
        long met = l.conditions().stream().filter(c -> c.status() == Status.MET).count();
        double share = total == 0 ? 0 : (double) met / total;
        int green = (int) Math.round(120 + 100 * share);
        svg.append("<rect x=\"").append(left + i * cell + 2).append("\" y=\"").append(y + 2).append("\" width=\"")
            .append(cell - 4).append("\" height=\"").append(rowH - 4).append("\" fill=\"rgb(90,")
            .append(green).append(",140)\"><title>").append(esc(l.id())).append(" on ").append(t.steps().get(i).date())
            .append(": ").append(esc(summary(l.summary()))).append("</title></rect>\n");
        svg.append("<text x=\"").append(left + i * cell + cell / 2).append("\" y=\"").append(y + 15)
            .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"white\">").append(met).append('/')
            .append(total).append(" MET</text>\n");
      }
    }
    svg.append("<text x=\"4\" y=\"").append(chartTop - 10).append("\" font-size=\"12\" font-weight=\"bold\">")
        .append("Regions in each party's territorial demand (STRICT reading)</text>\n");
    int max = 6;
    String[] colours = {"#b03030", "#3050b0", "#308030"};
    int pi = 0;
    for (dev.ceasefire.model.Party party : dev.ceasefire.model.Party.values()) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < dates.size(); i++) {
        int n = 0;
        for (Timeline.Territory terr : t.steps().get(i).territory()) {
          if (terr.party() == party) {
            n = terr.regions().size();
          }
        }
        int x = left + i * cell + cell / 2;
        int y = chartTop + chartH - chartH * Math.min(n, max) / max;
        points.append(x).append(',').append(y).append(' ');
        if (n > 0) {
          svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"")
              .append(colours[pi]).append("\"><title>").append(party).append(' ').append(t.steps().get(i).date())
              .append(": ").append(n).append(" regions</title></circle>\n");
        }
      }
      if (t.steps().stream().anyMatch(s -> s.territory().stream().anyMatch(x -> x.party() == party))) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(colours[pi]).append("\" points=\"")
            .append(points.toString().strip()).append("\"/>\n");
        svg.append("<text x=\"4\" y=\"").append(chartTop + 14 + 14 * pi).append("\" font-size=\"11\" fill=\"")
            .append(colours[pi]).append("\">").append(party).append("</text>\n");
      }
      pi++;
    }
    svg.append("</svg>\n");
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Timeline: "
        + esc(t.scenarioTitle()) + "</title>\n<style>body{font-family:sans-serif;margin:1.5em}"
        + "pre{background:#f4f4f4;padding:1em;overflow:auto}</style></head><body>\n<h1>Timeline: "
        + esc(t.scenarioTitle()) + "</h1>\n<p>The scenario's facts judged AS_OF each date on which a position was"
        + " stated; each cell is a position live on that date (with its reliability), coloured by the share of its"
        + " conditions MET.</p>\n" + svg + "<h2>Details</h2>\n<pre>" + esc(text(t)) + "</pre>\n</body></html>\n";
  }

  private static Timeline.Live live(Timeline.Step step, String id) {
    return step.live().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
