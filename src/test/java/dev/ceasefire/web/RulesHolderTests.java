package dev.ceasefire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ceasefire.model.Mode;
import dev.ceasefire.rules.RuleFiles;
import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading the rules while serving: a good change is swapped in, a broken one keeps the last good rules. */
class RulesHolderTests {

  @TempDir
  Path dir;

  @Test
  void aBrokenRuleFileKeepsTheLastGoodRulesAndAFixedOneIsSwappedIn() throws Exception {
    copyRules(dir);
    Path shared = dir.resolve("combination.drl");
    String good = Files.readString(shared);
    try (RulesHolder holder = new RulesHolder(RuleSet.load(RuleFiles.fromDirectory(dir)), dir, true)) {
      String first = holder.current().rules().digest();
      assertThat(holder.watching()).isTrue();

      Files.writeString(shared, "\nrule \"broken\" when then nonsense( end\n", StandardOpenOption.APPEND);
      await(() -> holder.lastError() != null);
      assertThat(holder.lastError().messages()).anyMatch(m -> m.startsWith(dir.resolve("combination.drl") + ":"));
      assertThat(holder.current().rules().digest()).isEqualTo(first);
      assertThat(evaluate(holder)).isNotEmpty();

      Files.writeString(shared, good + "\n// an edit that changes nothing but the digest\n");
      await(() -> !holder.current().rules().digest().equals(first));
      assertThat(holder.lastError()).isNull();
      assertThat(holder.current().rules().build()).isEqualTo("drl");
      assertThat(evaluate(holder)).isNotEmpty();
    }
  }

  @Test
  void aChangeToTheRuleFilesShowsWithinASecondAndABrokenOneUndoneLeavesNoError() throws Exception {
    copyRules(dir);
    Path shared = dir.resolve("combination.drl");
    String good = Files.readString(shared);
    try (RulesHolder holder = new RulesHolder(RuleSet.load(RuleFiles.fromDirectory(dir)), dir, true)) {
      Files.writeString(shared, "\nrule \"broken\" when then nonsense( end\n", StandardOpenOption.APPEND);
      long changed = System.nanoTime();
      // the reload status tells the truth within a second: compiling (the compile itself may take longer)
      while (holder.compilingSince() == null && holder.lastError() == null) {
        assertThat(System.nanoTime() - changed).as("nanoseconds before the change showed").isLessThan(1_000_000_000L);
        Thread.sleep(10);
      }
      await(() -> holder.lastError() != null);
      assertThat(holder.compilingSince()).isNull();

      Files.writeString(shared, good); // the broken edit undone: the files are the served rules again
      await(() -> holder.lastError() == null);
      assertThat(holder.compilingSince()).isNull();
    }
  }

  @Test
  void withoutWatchingNothingIsReloaded() throws Exception {
    try (RulesHolder holder = new RulesHolder(RuleSet.load(RuleFiles.fromDirectory(Path.of("rules"))),
        Path.of("rules"), false)) {
      assertThat(holder.watching()).isFalse();
      assertThat(holder.lastError()).isNull();
    }
  }

  /** A copy of the repository's rules in {@code dir}, to break and mend. */
  static void copyRules(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  private static String evaluate(RulesHolder holder) throws Exception {
    var scenario = new ScenarioReader().read(Path.of("scenarios/status-quo-2024-06-14.yaml"));
    return holder.current().evaluator().evaluate(scenario, Mode.ALL_POSITIONS, Set.of()).positions().get(0).id();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 120 s for the reload").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
