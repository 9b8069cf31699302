package dev.ceasefire.cli;

import dev.ceasefire.analysis.Analyses.Change;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the analysis commands share: reading the base scenario, the reading option, printing changes. */
final class AnalysisSupport {

  enum ReadingOption {
    strict, lenient;

    Reading reading() {
      return this == lenient ? Reading.LENIENT : Reading.STRICT;
    }
  }

  private AnalysisSupport() {}

  static Scenario read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserException(file + ": no such file");
    }
    try {
      return new ScenarioReader().read(file);
    } catch (ScenarioException e) {
      throw new UserException(e.getMessage());
    }
  }

  static String value(Object v) {
    if (v == null) {
      return "unknown";
    }
    if (v instanceof List<?> list) {
      return "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
    }
    return String.valueOf(v);
  }

  static void printChanges(StringBuilder out, List<Change> changes, String indent) {
    int width = changes.stream().mapToInt(c -> c.path().length()).max().orElse(0);
    for (Change c : changes) {
      out.append(indent).append(String.format("%-" + width + "s  %s → %s%n", c.path(), value(c.from()), value(c.to())));
    }
  }

  /** Whether stderr is a terminal (Linux: fd 2 is a tty), for progress bars. */
  static boolean stderrIsTerminal() {
    if (System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
