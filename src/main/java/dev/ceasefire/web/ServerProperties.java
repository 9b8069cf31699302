package dev.ceasefire.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What {@code ceasefire serve} was told: the rules folder (null: ./rules when it exists, else the jar's copy),
 * the scenarios folder (null: ./scenarios when it exists, else none) and whether to watch the rules.
 */
@ConfigurationProperties("ceasefire")
record ServerProperties(Path rules, Path scenarios, boolean watch) {

  Path scenariosFolder() {
    if (scenarios != null) {
      return scenarios;
    }
    Path local = Path.of("scenarios");
    return Files.isDirectory(local) ? local : null;
  }
}
