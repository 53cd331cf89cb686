package dev.gauntlet.specs.log;

/** The group coordinator does not know this member: it never joined, left, or was removed after its session timeout (UNKNOWN_MEMBER_ID). */
public class UnknownMemberIdException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public UnknownMemberIdException(String message) {
    super(message);
  }
}
