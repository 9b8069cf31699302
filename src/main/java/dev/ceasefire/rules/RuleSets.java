package dev.ceasefire.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the rules a command uses: {@code --rules DIR} when given, else {@code ./rules} when it exists (so
 * analysts can edit them), else the copy inside the jar.
 */
public final class RuleSets {

  private RuleSets() {}

  public static RuleSet load(Path explicit) {
    return RuleSet.load(files(explicit));
  }

  public static RuleFiles files(Path explicit) {
    if (explicit != null) {
      return RuleFiles.fromDirectory(explicit);
    }
    Path local = Path.of("rules");
    if (Files.isDirectory(local) && Files.exists(local.resolve("parameters.yaml"))) {
      return RuleFiles.fromDirectory(local);
    }
    return RuleFiles.bundled();
  }
}
