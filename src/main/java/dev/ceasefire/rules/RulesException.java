package dev.ceasefire.rules;

import java.util.List;

/** The rules cannot be used: each message names the file and, where Drools gives one, the line. */
public final class RulesException extends RuntimeException {

  private final List<String> messages;

  public RulesException(List<String> messages) {
    super(String.join(System.lineSeparator(), messages));
    this.messages = List.copyOf(messages);
  }

  public RulesException(String message) {
    this(List.of(message));
  }

  public List<String> messages() {
    return messages;
  }
}
