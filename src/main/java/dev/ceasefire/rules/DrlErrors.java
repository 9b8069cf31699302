package dev.ceasefire.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Drools' compile errors as {@code <file>:<line>: <text>}, with the line the error is on ({@link
 * RuleFiles#located} then names the file as the user gave it). Drools gives no line (-1) for an expression its constraint analyser cannot resolve, and the line
 * where the rule starts for an error in a consequence; the line is then found in the DRL text: the expression,
 * or the name the Java compiler could not resolve, within that rule.
 */
final class DrlErrors {

  private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):?\\s*$",
      Pattern.MULTILINE);
  private static final Pattern CONSEQUENCE_NAME = Pattern.compile(
      "Rule Compilation error (?:The method (\\w+)\\(|The constructor (\\w+)\\(|(\\w+) cannot be resolved"
          + "|The field (\\w+) )");
  private static final String NULL_PACKAGE = "Parser returned a null Package";

  private DrlErrors() {}

  /** One line per error; {@code drl} maps the names Drools reports ({@code rules/x.drl}) to their content. */
  static List<String> describe(List<Message> messages, Map<String, byte[]> drl) {
    List<String> errors = new ArrayList<>();
    List<String> pathsWithErrors = new ArrayList<>();
    for (Message m : messages) {
      if (!m.getText().strip().equals(NULL_PACKAGE)) {
        pathsWithErrors.add(name(m));
      }
    }
    for (Message m : messages) {
      String name = name(m);
      String text = m.getText().strip();
      if (text.equals(NULL_PACKAGE) && pathsWithErrors.contains(name)) {
        continue; // follows a syntax error of the same file, which says what is wrong
      }
      byte[] bytes = name == null ? null : drl.get(name);
      int line = bytes == null ? m.getLine() : line(m.getLine(), text, bytes);
      String shown = name == null ? "?" : name; // RuleFiles.located names the file as the user gave it
      errors.add(line > 0 ? "%s:%d: %s".formatted(shown, line, text) : "%s: %s".formatted(shown, text));
    }
    return errors;
  }

  private static String name(Message m) {
    return m.getPath() == null ? null : m.getPath().replaceFirst("^src/main/resources/", "");
  }

  /** The line of the error in {@code source}: Drools' own line unless it is missing or the rule's first line. */
  static int line(int reported, String text, byte[] source) {
    String[] lines = new String(source, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
    Matcher expression = EXPRESSION.matcher(text);
    if (reported < 1 && expression.find()) {
      String expr = expression.group(1).strip();
      List<Integer> found = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains(expr)) {
          found.add(i + 1);
        }
      }
      return found.size() >= 1 ? found.get(0) : reported;
    }
    Matcher name = CONSEQUENCE_NAME.matcher(text);
    if (reported >= 1 && reported <= lines.length && name.find()) {
      String missing = name.group(1) != null ? name.group(1) + "(" : name.group(2) != null ? name.group(2) + "("
          : name.group(3) != null ? name.group(3) : name.group(4);
      Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(missing) + (missing.endsWith("(") ? "" : "(?![\\w$])"));
      boolean inConsequence = false;
      for (int i = reported - 1; i < lines.length; i++) {
        String stripped = lines[i].strip();
        if (i > reported - 1 && stripped.startsWith("rule ")) {
          break; // the next rule: the name is not in this one's consequence
        }
        if (stripped.equals("then") || stripped.startsWith("then ")) {
          inConsequence = true;
        } else if (stripped.equals("end")) {
          break;
        } else if (inConsequence && word.matcher(lines[i]).find()) {
          return i + 1;
        }
      }
    }
    return reported;
  }
}
