package dev.ceasefire.cli;

/** A mistake in what the user asked for, reported as its message alone. */
final class UserException extends RuntimeException {

  UserException(String message) {
    super(message);
  }
}
