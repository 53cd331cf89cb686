package dev.gauntlet.harness.guard;

import dev.gauntlet.specs.Clock;
import java.net.URL;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the candidate's own code in a stack: the frame a learner should look at when a check hung
 * or a thread was left running. A frame is the candidate's when its class comes neither from the
 * JDK, JUnit, the harness nor the specs (compared by where the class was loaded from, so the
 * harness's own planted bugs in its test classes count as candidates).
 */
public final class Frames {

  /** Frames kept in a report: enough to find the line, not a wall of text. */
  public static final int KEPT = 12;

  private static final Set<String> PLATFORM_PREFIXES = Set.of("java.", "javax.", "jdk.", "sun.",
      "com.sun.", "org.junit.", "org.opentest4j.", "org.apiguardian.");

  private static final URL HARNESS = location(Frames.class);
  private static final URL SPECS = location(Clock.class);

  private Frames() {}

  /** Returns the first frame of the candidate's own code in {@code stack}, if any. */
  public static Optional<StackTraceElement> candidate(StackTraceElement[] stack) {
    return Arrays.stream(stack).filter(Frames::isCandidate).findFirst();
  }

  /**
   * Returns where {@code stack} is in the candidate's code, as {@code in x.Y.m(Y.java:12)}; the top
   * frame when no frame is the candidate's; empty text for an empty stack.
   */
  public static String where(StackTraceElement[] stack) {
    return candidate(stack).or(() -> Arrays.stream(stack).findFirst())
        .map(frame -> "in " + describe(frame)).orElse("");
  }

  /**
   * Returns a frame as {@code x.Y.m(Y.java:12)}: without the class loader's and module's names
   * that {@link StackTraceElement#toString()} may put in front.
   */
  public static String describe(StackTraceElement frame) {
    String source = frame.isNativeMethod() ? "Native Method"
        : frame.getFileName() == null ? "Unknown Source"
        : frame.getLineNumber() >= 0 ? frame.getFileName() + ":" + frame.getLineNumber()
        : frame.getFileName();
    return frame.getClassName() + "." + frame.getMethodName() + "(" + source + ")";
  }

  /** Returns the first {@value #KEPT} frames, one {@code at ...} line each. */
  public static String render(StackTraceElement[] stack) {
    return Arrays.stream(stack).limit(KEPT).map(f -> "at " + describe(f))
        .collect(Collectors.joining("\n"));
  }

  private static boolean isCandidate(StackTraceElement frame) {
    String name = frame.getClassName();
    if (PLATFORM_PREFIXES.stream().anyMatch(name::startsWith)) {
      return false;
    }
    try {
      URL where = location(Class.forName(name, false, Frames.class.getClassLoader()));
      return !Objects.equals(where, HARNESS) && !Objects.equals(where, SPECS);
    } catch (ClassNotFoundException | LinkageError e) {
      return false; // a hidden class (a lambda's): its body's frame follows it
    }
  }

  private static URL location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null ? null : source.getLocation();
  }
}
