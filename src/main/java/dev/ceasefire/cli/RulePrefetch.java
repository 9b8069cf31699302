package dev.ceasefire.cli;

import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.rules.RuleSets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Starts loading the rules on the second core as soon as the JVM is up, for the commands that need them, while
 * picocli parses the command line and the scenarios are read. The command takes the result only if it asks for
 * the same rules folder the prefetch guessed from the arguments; otherwise it loads its own.
 */
final class RulePrefetch {

  private static final Set<String> NEED_RULES = Set.of("evaluate", "test", "positions");

  private static volatile Path guessed;
  private static volatile CompletableFuture<RuleSet> future;

  private RulePrefetch() {}

  static void start(String[] args) {
    List<String> list = List.of(args);
    if (list.isEmpty() || !NEED_RULES.contains(list.get(0)) || list.contains("--help") || list.contains("-h")) {
      return;
    }
    Path rules = null;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--rules") && i + 1 < args.length) {
        rules = Path.of(args[i + 1]);
      } else if (args[i].startsWith("--rules=")) {
        rules = Path.of(args[i].substring("--rules=".length()));
      }
    }
    Path explicit = rules;
    guessed = explicit;
    future = CompletableFuture.supplyAsync(() -> RuleSets.load(explicit));
  }

  /** The rules for {@code explicit}: the prefetched ones when they match, else loaded now. */
  static CompletableFuture<RuleSet> take(Path explicit) {
    CompletableFuture<RuleSet> f = future;
    future = null;
    if (f != null && Objects.equals(guessed, explicit)) {
      return f;
    }
    return CompletableFuture.supplyAsync(() -> RuleSets.load(explicit));
  }
}
