package dev.ceasefire.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.report.JsonReport;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.RuleFiles;
import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two ends of {@code POST /api/v1/evaluations} around the rules, warm, on one thread: reading the canonical
 * scenario from a request body (YAML as the file is written, and the same scenario as JSON), and rendering its
 * evaluation against all 19 positions (137 KB) to the bytes of the answer. {@code renderFreshEvaluation} renders
 * an evaluation just made, as the server does (the rules ran in between, and it is new objects);
 * {@code renderSameEvaluationAgain} renders one evaluation over and over, a best case. {@code yamlTokensOnly}
 * is the floor under reading YAML: Jackson's YAML parser (SnakeYAML underneath) going through the body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadRenderBenchmark {

  private static final Path STATUS_QUO = Path.of("scenarios/status-quo-2024-06-14.yaml");

  private final ScenarioReader reader = new ScenarioReader();
  private final YAMLFactory yaml = new YAMLFactory();
  private byte[] yamlBody;
  private byte[] jsonBody;
  private Evaluator evaluator;
  private Scenario statusQuo;
  private Evaluation evaluation;

  @Setup
  public void setUp() throws Exception {
    yamlBody = Files.readAllBytes(STATUS_QUO);
    jsonBody = Bodies.json(STATUS_QUO);
    evaluator = new Evaluator(RuleSet.load(RuleFiles.fromDirectory(Path.of("rules"))));
    statusQuo = reader.read(STATUS_QUO);
    evaluation = evaluator.evaluate(statusQuo, Mode.ALL_POSITIONS, Set.of());
  }

  /** An evaluation made before each call, outside the time measured. */
  @State(Scope.Thread)
  public static class Fresh {

    Evaluation evaluation;

    @Setup(Level.Invocation)
    public void evaluate(ReadRenderBenchmark benchmark) {
      evaluation = benchmark.evaluator.evaluate(benchmark.statusQuo, Mode.ALL_POSITIONS, Set.of());
    }
  }

  @Benchmark
  public Scenario readYamlBody() throws ScenarioException {
    return reader.read(yamlBody, "request body", false);
  }

  @Benchmark
  public int yamlTokensOnly() throws IOException {
    int tokens = 0;
    try (JsonParser parser = yaml.createParser(yamlBody)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  @Benchmark
  public Scenario readJsonBody() throws ScenarioException {
    return reader.read(jsonBody, "request body", true);
  }

  /** Each call waits for an evaluation (some 2 ms), so it takes longer to warm up than the others. */
  @Benchmark
  @Warmup(iterations = 12, time = 2)
  public byte[] renderFreshEvaluation(Fresh fresh) {
    return JsonReport.bytes(fresh.evaluation);
  }

  @Benchmark
  public byte[] renderSameEvaluationAgain() {
    return JsonReport.bytes(evaluation);
  }
}
