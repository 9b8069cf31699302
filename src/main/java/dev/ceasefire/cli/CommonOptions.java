package dev.ceasefire.cli;

import dev.ceasefire.rules.RuleSet;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Option;

/** Options every subcommand takes: where the rules are, and --verbose. */
final class CommonOptions {

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Folder of rule files (default: ./rules when it exists, else the rules inside the jar).")
  Path rules;

  @Option(names = "--verbose", description = "Show stack traces with errors.")
  boolean verbose;

  /** The rules, loading (or prefetched) in the background: join the future when they are needed. */
  CompletableFuture<RuleSet> rulesAsync() {
    return RulePrefetch.take(rules);
  }

  RuleSet loadRules() {
    return Timings.join(rulesAsync());
  }
}
