package dev.ceasefire.bench;

import dev.ceasefire.model.Evaluation;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.report.JsonReport;
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
 * A quick, repeatable measure of one request's CPU cost, part by part, for profiling under Flight Recorder: runs
 * one part in a loop on one thread and prints the best round's microseconds of CPU per run.
 * Usage: java -Dpart=read|readFresh|evaluate|render|renderFresh|renderOnly [-Dbody=json] ... EvaluationLoop
 * [scenario] [seconds] [position...]. {@code read} reads the scenario as a request body (as JSON with
 * {@code -Dbody=json}); {@code render} evaluates and renders; {@code renderOnly} renders one evaluation made
 * beforehand, again and again (its data stay in the processor's caches: a best case). The {@code Fresh} parts
 * run an evaluation before each read or rendering, as a server does between requests, and count only the read or
 * the rendering (of that evaluation).
 */
public final class EvaluationLoop {

  /** Runs per round ({@code -Dround=N}): fewer give more rounds to take the best of on a shared machine. */
  private static final int ROUND = Integer.getInteger("round", 200);

  private EvaluationLoop() {
  }

  public static void main(String[] args) throws Exception {
    Path scenarioPath = Path.of(args.length > 0 ? args[0] : "scenarios/status-quo-2024-06-14.yaml");
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Set<String> positions = new LinkedHashSet<>(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
    Evaluator evaluator = new Evaluator(RuleSet.load(RuleFiles.fromDirectory(Path.of("rules"))));
    ScenarioReader reader = new ScenarioReader();
    Scenario scenario = reader.read(scenarioPath);
    Evaluation evaluation = evaluator.evaluate(scenario, Mode.ALL_POSITIONS, positions);
    byte[] json = JsonReport.bytes(evaluation);
    boolean jsonBody = "json".equals(System.getProperty("body"))
        || scenarioPath.toString().endsWith(".json");
    byte[] body = jsonBody ? Bodies.json(scenarioPath) : java.nio.file.Files.readAllBytes(scenarioPath);
    String part = System.getProperty("part", "evaluate");
    System.out.println("response bytes: " + json.length + ", request bytes: " + body.length);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    double best = Double.MAX_VALUE;
    int rounds = 0;
    while (System.nanoTime() < end) {
      long cpu = mx.getCurrentThreadCpuTime();
      long uncounted = 0;
      int n = ROUND;
      for (int i = 0; i < n; i++) {
        Evaluation fresh = null;
        if (part.endsWith("Fresh")) { // an evaluation first, as in a server, not counted
          long before = mx.getCurrentThreadCpuTime();
          fresh = evaluator.evaluate(scenario, Mode.ALL_POSITIONS, positions);
          uncounted += mx.getCurrentThreadCpuTime() - before;
        }
        switch (part) {
          case "renderFresh" -> JsonReport.bytes(fresh);
          case "read", "readFresh" -> reader.read(body, "body", jsonBody);
          case "render" -> JsonReport.bytes(evaluator.evaluate(scenario, Mode.ALL_POSITIONS, positions));
          case "renderOnly" -> JsonReport.bytes(evaluation);
          default -> evaluator.evaluate(scenario, Mode.ALL_POSITIONS, positions);
        }
      }
      double us = (mx.getCurrentThreadCpuTime() - cpu - uncounted) / 1000.0 / n;
      best = Math.min(best, us);
      rounds++;
    }
    System.out.printf("%s%s %s positions=%s: best %.1f µs CPU per run (%d rounds of %d)%n", part,
        jsonBody ? " (JSON body)" : "", scenarioPath, positions.isEmpty() ? "all" : positions, best, rounds, ROUND);
  }
}
