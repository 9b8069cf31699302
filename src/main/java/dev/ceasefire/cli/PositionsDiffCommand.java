package dev.ceasefire.cli;

import dev.ceasefire.analysis.PositionDiff;
import dev.ceasefire.report.JsonReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ceasefire positions diff A B}: how a position changed between two statements. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "How a party's position changed between two statements: conditions added, dropped, tightened or"
        + " loosened (as the catalogue records it), with their quotes.")
final class PositionsDiffCommand implements Callable<Integer> {

  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "A", description = "The earlier position id, e.g. RU-2024-06-14.")
  String from;

  @Parameters(index = "1", paramLabel = "B", description = "The later position id, e.g. RU-2025-06-02.")
  String to;

  @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PositionDiff.Result diff;
    try {
      diff = PositionDiff.of(common.loadRules().catalogue(), from, to);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.print(JsonReport.render(diff));
    } else {
      out.printf("%s (%s, %s) -> %s (%s, %s)%n", diff.from().id(), diff.from().date(), diff.from().reliability(),
          diff.to().id(), diff.to().date(), diff.to().reliability());
      if (diff.from().id().equals(diff.to().id())) {
        out.printf("note: A and B are the same position: nothing changed%n");
      }
      if (diff.from().party() != diff.to().party()) {
        out.printf("note: different parties (%s, %s)%n", diff.from().party(), diff.to().party());
      }
      for (PositionDiff.Entry e : diff.entries()) {
        out.printf("%n%-10s %s%s%n", e.change(), e.from() == null ? "" : e.from() + " -> ",
            e.to() == null ? "(none)" : e.to());
        if (e.note() != null) {
          out.printf("  %s%n", e.note().strip().replaceAll("\\s+", " "));
        }
        if (e.fromQuote() != null) {
          out.printf("  before: “%s”%n", e.fromQuote().replaceAll("\\s+", " "));
        }
        if (e.toQuote() != null) {
          out.printf("  after:  “%s”%n", e.toQuote().replaceAll("\\s+", " "));
        }
      }
    }
    out.flush();
    return 0;
  }
}
