package dev.ceasefire.bench;

import dev.ceasefire.rules.RuleFiles;
import dev.ceasefire.rules.RuleSet;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it costs to get a rule base: compiling rules/ from DRL (what an analyst's edit costs) and loading the
 * executable model prebuilt at build time. Single-shot times in fresh forks, so the first figure is a cold JVM's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class RulesLoadBenchmark {

  @Benchmark
  public RuleSet compileDrlInColdJvm() {
    return RuleSet.compile(RuleFiles.fromDirectory(Path.of("rules")));
  }

  @Benchmark
  public RuleSet loadPrebuiltModelInColdJvm() {
    return RuleSet.load(RuleFiles.fromDirectory(Path.of("rules")));
  }
}
