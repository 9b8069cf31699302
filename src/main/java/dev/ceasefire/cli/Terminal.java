package dev.ceasefire.cli;

import dev.ceasefire.report.Style;

/** Colour and width for text output: colour only on a terminal, never when piped or when NO_COLOR is set. */
final class Terminal {

  private Terminal() {}

  static Style style(String mode) {
    return switch (mode) {
      case "always" -> new Style(true);
      case "never" -> Style.PLAIN;
      default -> new Style(System.console() != null && System.getenv("NO_COLOR") == null
          && !"dumb".equals(System.getenv("TERM")));
    };
  }

  static int width() {
    try {
      String columns = System.getenv("COLUMNS");
      return columns == null ? 120 : Integer.parseInt(columns.strip());
    } catch (NumberFormatException e) {
      return 120;
    }
  }
}
