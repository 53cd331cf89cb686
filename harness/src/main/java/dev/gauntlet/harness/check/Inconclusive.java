package dev.gauntlet.harness.check;

/**
 * Thrown by a check that can neither pass nor fail the candidate, e.g. a consistency checker that
 * gave up within its budget. The check is reported as {@code unknown}: it earns no points and is
 * never taken for a pass (Porcupine's "assuming history is ok" is the mistake this avoids).
 */
public class Inconclusive extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param why what the check could not decide, and why, in one line */
  public Inconclusive(String why) {
    super(why);
  }
}
