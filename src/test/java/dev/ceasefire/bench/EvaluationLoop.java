package dev.ceasefire.bench;

import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.rules.Evaluator;
import dev.ceasefire.rules.RuleFiles;
import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.scenario.ScenarioReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A quick, repeatable measure of one evaluation's CPU cost, for profiling under Flight Recorder: evaluates a
 * scenario in a loop on one thread and prints the best round's microseconds of CPU per evaluation.
 * Usage: java ... EvaluationLoop [scenario] [seconds] [position...]
 */
public final class EvaluationLoop {

  private EvaluationLoop() {
  }

  public static void main(String[] args) throws Exception {
    Path scenarioPath = Path.of(args.length > 0 ? args[0] : "scenarios/status-quo-2024-06-14.yaml");
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Set<String> positions = new LinkedHashSet<>(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
    Evaluator evaluator = new Evaluator(RuleSet.load(RuleFiles.fromDirectory(Path.of("rules"))));
    Scenario scenario = new ScenarioReader().read(scenarioPath);
    byte[] json = dev.ceasefire.report.JsonReport.bytes(evaluator.evaluate(scenario, Mode.ALL_POSITIONS, positions));
    byte[] body = java.nio.file.Files.readAllBytes(scenarioPath);
    ScenarioReader reader = new ScenarioReader();
    String part = System.getProperty("part", "evaluate");
    System.out.println("response bytes: " + json.length);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    double best = Double.MAX_VALUE;
    int rounds = 0;
    while (System.nanoTime() < end) {
      long cpu = mx.getCurrentThreadCpuTime();
      int n = 200;
      for (int i = 0; i < n; i++) {
        switch (part) {
          case "read" -> reader.read(body, "body", scenarioPath.toString().endsWith(".json"));
          case "render" -> dev.ceasefire.report.JsonReport.bytes(evaluator.evaluate(scenario, Mode.ALL_POSITIONS, positions));
          default -> evaluator.evaluate(scenario, Mode.ALL_POSITIONS, positions);
        }
      }
      double us = (mx.getCurrentThreadCpuTime() - cpu) / 1000.0 / n;
      best = Math.min(best, us);
      rounds++;
    }
    System.out.printf("%s %s positions=%s: best %.1f µs CPU per evaluation (%d rounds of 200)%n", part, scenarioPath,
        positions.isEmpty() ? "all" : positions, best, rounds);
  }
}
