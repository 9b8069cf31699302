package dev.ceasefire.analysis;

/** A request an analysis cannot answer as asked: a bad fact path or value, an unknown condition or position. */
public final class AnalysisException extends IllegalArgumentException {

  /** A value quoted in a message is cut to this many characters: a request may send a megabyte of it. */
  static final int QUOTE = 60;

  public AnalysisException(String message) {
    super(message);
  }

  /** The text as a message quotes it: whole when short, else its start and its length. */
  static String quote(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "… (" + text.length() + " characters)";
  }
}
