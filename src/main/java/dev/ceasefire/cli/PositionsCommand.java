package dev.ceasefire.cli;

import dev.ceasefire.report.JsonReport;
import dev.ceasefire.rules.Catalogue;
import dev.ceasefire.rules.ConditionInfo;
import dev.ceasefire.rules.PositionInfo;
import dev.ceasefire.rules.RuleSet;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ceasefire positions}: the catalogue, positions with their conditions and sources. */
@Command(name = "positions", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    subcommands = PositionsDiffCommand.class,
    description = "Lists the stated positions and their conditions, each with its source.")
final class PositionsCommand implements Callable<Integer> {

  enum Format { text, json }

  /** The JSON shape of the catalogue. */
  record Listing(String digest, String origin, List<PositionListing> positions) {}

  record PositionListing(PositionInfo position, List<ConditionInfo> conditions) {}

  @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    RuleSet rules = common.loadRules();
    Catalogue catalogue = rules.catalogue();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.print(JsonReport.render(new Listing(rules.digest(), rules.origin(), catalogue.positions().stream()
          .map(p -> new PositionListing(p, catalogue.conditions(p.id()))).toList())));
    } else {
      for (PositionInfo p : catalogue.positions()) {
        out.printf("%s  %s%n  %s, %s, %s, %s%n", p.id(), p.title(), p.party(), p.date(), p.reliability(),
            p.place());
        for (ConditionInfo c : catalogue.conditions(p.id())) {
          out.printf("    %-55s %s%n", c.id(), c.kind());
          out.printf("      “%s” — %s, %s [%s]%n", c.source().quote(), c.source().speaker(), c.source().date(),
              c.source().reference());
        }
        out.println();
      }
    }
    out.flush();
    return 0;
  }
}
