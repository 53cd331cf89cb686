package dev.gauntlet.harness.cli;

/** A mistake in what the user asked for: printed as one line, exit code 2, no stack trace. */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean suggestHelp;

  /**
   * @param message what is wrong, in one line
   * @param suggestHelp whether to add "Try '... --help'"
   */
  UserError(String message, boolean suggestHelp) {
    super(message);
    this.suggestHelp = suggestHelp;
  }

  boolean suggestHelp() {
    return suggestHelp;
  }
}
