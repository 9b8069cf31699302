package dev.ceasefire.analysis;

/** A request an analysis cannot answer as asked: a bad fact path or value, an unknown condition or position. */
public final class AnalysisException extends IllegalArgumentException {

  public AnalysisException(String message) {
    super(message);
  }
}
