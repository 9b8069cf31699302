package dev.ceasefire.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What {@code ceasefire serve} was told: the rules folder (null: ./rules when it exists, else the jar's copy),
 * the scenarios folder (null: ./scenarios when it exists, else none), whether to watch the rules, the host names
 * a request may be addressed to besides 127.0.0.1, localhost and [::1], and the analyses' limits.
 */
@ConfigurationProperties("ceasefire")
record ServerProperties(Path rules, Path scenarios, boolean watch, @DefaultValue List<String> allowedHosts,
    @DefaultValue AnalysisSettings analyses) {

  /**
   * The analyses' limits: the points a sweep's grid may hold (its answer grows with them), the time one analysis
   * may run, and how long a request waits for a free core before it is refused (429).
   */
  record AnalysisSettings(@DefaultValue("2000") int maxGridPoints, @DefaultValue("30s") Duration timeBudget,
      @DefaultValue("2s") Duration queueWait) {}

  Path scenariosFolder() {
    if (scenarios != null) {
      return scenarios;
    }
    Path local = Path.of("scenarios");
    return Files.isDirectory(local) ? local : null;
  }
}
