package dev.ceasefire.scenario;

import java.util.regex.Pattern;

/**
 * A parser's message without the parser's class names: Jackson quotes SnakeYAML's events for a YAML key that is not
 * a plain value ({@code ? [a]}, {@code {[a]: b}}) and names the getter of a limit it enforces; both tell a reader what
 * the program runs on, not what is wrong with the file.
 */
public final class ParserMessages {

  /** A YAML parser event as Jackson names it: {@code <org.yaml.snakeyaml.events.MappingStartEvent(anchor=…)>}. */
  private static final Pattern YAML_EVENT = Pattern.compile(
      "<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event(\\([^)]*\\))?>?");

  /** Any other fully qualified class name left in a parser's message (a fact path has no such root). */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(?:org|com|java|javax|jakarta|sun)\\.(?:[a-z][a-z0-9_]*\\.)+([A-Z]\\w*)");

  /** Where Jackson says a limit comes from: {@code , from `StreamReadConstraints.getMaxNestingDepth()`}. */
  private static final Pattern LIMIT_SOURCE = Pattern.compile(",?\\s*from `[A-Za-z.]+\\(\\)`");

  private ParserMessages() {}

  public static String plain(String message) {
    if (message == null) {
      return null;
    }
    String out = LIMIT_SOURCE.matcher(message).replaceAll("");
    out = YAML_EVENT.matcher(out).replaceAll(m -> switch (m.group(1)) {
      case "MappingStart" -> "a mapping";
      case "SequenceStart" -> "a list";
      case "Scalar" -> "a value";
      case "Alias" -> "an alias";
      default -> "the end of a collection or document";
    });
    return CLASS_NAME.matcher(out).replaceAll(m -> m.group(1));
  }
}
