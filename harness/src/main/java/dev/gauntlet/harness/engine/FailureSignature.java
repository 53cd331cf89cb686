package dev.gauntlet.harness.engine;

/**
 * What tells one bug from another, so shrinking never swaps the bug it found for a different one.
 *
 * @param type the class of the throwable
 * @param where the guarantee broken, or the class and method that threw
 */
record FailureSignature(String type, String where) {

  /** Frames of the JDK and of assertion libraries say how a failure was raised, not which bug it is. */
  private static final String[] GENERIC_FRAMES = {
    "java.", "javax.", "jdk.", "sun.", "org.junit.", "org.opentest4j."
  };

  static FailureSignature of(Throwable failure) {
    String type = failure.getClass().getName();
    if (failure instanceof GuaranteeViolation violation) {
      return new FailureSignature(type, violation.guarantee());
    }
    StackTraceElement[] frames = failure.getStackTrace();
    if (frames.length == 0) {
      return new FailureSignature(type, "");
    }
    StackTraceElement where = frames[0];
    for (StackTraceElement frame : frames) {
      if (!isGeneric(frame.getClassName())) {
        where = frame;
        break;
      }
    }
    return new FailureSignature(type, where.getClassName() + "." + where.getMethodName());
  }

  private static boolean isGeneric(String className) {
    for (String prefix : GENERIC_FRAMES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
