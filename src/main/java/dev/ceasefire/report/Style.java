package dev.ceasefire.report;

import dev.ceasefire.model.Status;

/** Terminal colours for statuses: colour always comes with the status's name, never instead of it. */
public record Style(boolean colour) {

  public static final Style PLAIN = new Style(false);

  private static final String RESET = "\u001B[0m";

  public String status(Status status, int width) {
    String text = pad(label(status), width);
    if (!colour || status == null) {
      return text;
    }
    String code = switch (status) {
      case MET -> "\u001B[32m";
      case PARTIAL -> "\u001B[33m";
      case NOT_MET -> "\u001B[31m";
      case UNKNOWN -> "\u001B[35m";
      case NOT_APPLICABLE -> "\u001B[90m";
    };
    return code + text + RESET;
  }

  public String bold(String text) {
    return colour ? "\u001B[1m" + text + RESET : text;
  }

  public String dim(String text) {
    return colour ? "\u001B[2m" + text + RESET : text;
  }

  public static String label(Status status) {
    return status == null ? "" : status == Status.NOT_APPLICABLE ? "N/A" : status.name();
  }

  static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
