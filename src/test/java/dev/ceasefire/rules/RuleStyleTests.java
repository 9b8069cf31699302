package dev.ceasefire.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules read as rules/README.md says they do: short lines, rules named by their case, bundles left to the
 * shared rules.
 */
class RuleStyleTests {

  private static final int MAX_LINE = 120;
  private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

  private static Map<String, List<String>> drlFiles() throws IOException {
    Map<String, List<String>> files = new java.util.TreeMap<>();
    try (Stream<Path> paths = Files.list(Path.of("rules"))) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".drl")).toList()) {
        files.put(p.toString(), Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void noRuleFileLineIsLongerThan120Characters() throws IOException {
    List<String> longLines = new ArrayList<>();
    drlFiles().forEach((file, lines) -> {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).length() > MAX_LINE) {
          longLines.add(file + ":" + (i + 1) + " (" + lines.get(i).length() + " characters)");
        }
      }
    });
    assertThat(longLines).as("DRL lines over " + MAX_LINE + " characters").isEmpty();
  }

  /** Every rule's name, with the file it is in ("rules/x.drl: \"name\""). */
  private static Map<String, String> ruleNames() throws IOException {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    for (var file : drlFiles().entrySet()) {
      Matcher m = RULE_NAME.matcher(String.join("\n", file.getValue()));
      while (m.find()) {
        names.put(file.getKey() + ": \"" + m.group(1) + "\"", m.group(1));
      }
    }
    return names;
  }

  @Test
  void everyPositionRuleIsNamedByItsConditionAndCase() throws IOException {
    var catalogue = TestRules.rules().catalogue();
    List<String> badNames = new ArrayList<>();
    ruleNames().forEach((where, name) -> {
      int colon = name.indexOf(':');
      String owner = colon < 0 ? name : name.substring(0, colon);
      boolean shared = owner.matches("[a-z]+");
      boolean live = catalogue.position(owner).isPresent() && name.equals(owner + ": live");
      boolean condition = catalogue.condition(owner).isPresent() && name.length() > colon + 2;
      if (!shared && !live && !condition) {
        badNames.add(where);
      }
    });
    assertThat(badNames).as("rules not named \"<condition id>: <the case>\"").isEmpty();
  }

  @Test
  void noRuleDecidesABundleItself() throws IOException {
    var catalogue = TestRules.rules().catalogue();
    List<String> bundleRules = new ArrayList<>();
    ruleNames().forEach((where, name) -> {
      int colon = name.indexOf(':');
      if (colon > 0 && catalogue.condition(name.substring(0, colon)).map(ConditionInfo::bundle).orElse(false)) {
        bundleRules.add(where);
      }
    });
    assertThat(bundleRules).as("a bundle is judged from its points by the shared rules, never by its own rules")
        .isEmpty();
  }
}
