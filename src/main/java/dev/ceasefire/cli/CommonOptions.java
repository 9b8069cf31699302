package dev.ceasefire.cli;

import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.rules.RuleSets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every subcommand takes: where the rules are, and --verbose. */
final class CommonOptions {

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Folder of rule files (default: ./rules when it exists, else the rules inside the jar).")
  Path rules;

  @Option(names = "--verbose", description = "Show stack traces with errors.")
  boolean verbose;

  RuleSet loadRules() {
    return RuleSets.load(rules);
  }
}
