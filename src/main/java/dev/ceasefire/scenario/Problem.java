package dev.ceasefire.scenario;

/**
 * One thing wrong with a scenario: where (file, line, column, key path), what was found and what was expected.
 * {@code line} and {@code column} are 1-based, and 0 when the input had no positions (a tree built in memory);
 * {@code path} is dotted ({@code facts.regions.DONETSK.uaTroopPresence}, {@code facts.guarantees.guarantors[2]})
 * and empty for the document as a whole; {@code value} and {@code expected} may be null.
 * {@code message} is the text after the path, e.g. {@code unknown value 'FROZE' (expected one of …)}.
 */
public record Problem(
    String file, int line, int column, String path, String value, String expected, String message) {

  /** The JSON pointer (RFC 6901) of {@link #path}, e.g. {@code /facts/nato/bid}; empty for the whole document. */
  public String pointer() {
    return KeyPath.toPointer(path);
  }

  /**
   * One line: {@code file:line:column: path: message}; without a position (a tree built in memory) the JSON
   * pointer stands in for both: {@code file: /facts/nato/bid: message}.
   */
  public String render() {
    StringBuilder text = new StringBuilder(file == null ? "<unnamed>" : file);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column).append(": ");
      if (!path.isEmpty()) {
        text.append(path).append(": ");
      }
    } else {
      text.append(": ");
      if (!path.isEmpty()) {
        text.append(pointer()).append(": ");
      }
    }
    return text.append(message).toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
