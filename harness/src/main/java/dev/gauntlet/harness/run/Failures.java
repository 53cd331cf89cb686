package dev.gauntlet.harness.run;

import dev.gauntlet.harness.check.Inconclusive;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.ScenarioFailure;
import dev.gauntlet.harness.guard.GuardedFailure;
import dev.gauntlet.harness.guard.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Explains what a failed check threw, in the report's structured terms. */
final class Failures {

  /** Frames kept of a candidate's own exception: enough to find the line, not a wall of text. */
  private static final int FRAMES_KEPT = 12;

  private Failures() {}

  static CheckResult describe(CheckDescriptor check, Throwable thrown, long millis,
      Map<String, String> metrics) {
    if (thrown instanceof GuardedFailure guarded) {
      return new CheckResult(check.id(), check.system(), check.suite(), check.title(),
          check.category(), guarded.verdict() == Verdict.TIMED_OUT ? CheckStatus.TIMED_OUT
              : CheckStatus.FAILED, 0, guarded.getMessage(), millis, metrics,
          new Failure(guarded.verdict().guarantee(), guarded.expected(), guarded.observed(),
              List.of(), 0, 0, 0, guarded.thrownClass(), guarded.frames()));
    }
    Throwable notImplemented = find(thrown, UnsupportedOperationException.class);
    if (notImplemented != null) {
      return result(check, CheckStatus.NOT_IMPLEMENTED,
          "not implemented: " + oneLine(notImplemented), millis, metrics, null);
    }
    Throwable inconclusive = find(thrown, Inconclusive.class);
    if (inconclusive != null) {
      return result(check, CheckStatus.UNKNOWN, "unknown: " + inconclusive.getMessage(), millis,
          metrics, null);
    }
    if (find(thrown, TimeoutException.class) != null) {
      return result(check, CheckStatus.TIMED_OUT, oneLine(thrown), millis, metrics, null);
    }
    if (thrown instanceof ScenarioFailure scenario) {
      Throwable cause = scenario.getCause();
      List<String> steps = scenario.renderSteps().lines().toList();
      Failure failure = cause instanceof GuaranteeViolation v
          ? new Failure(v.guarantee(), v.expected(), v.observed(), steps, scenario.seed(),
              scenario.originalStepCount(), scenario.shrinkReplays(), v.getClass().getName(), null)
          : new Failure(null, null, null, steps, scenario.seed(), scenario.originalStepCount(),
              scenario.shrinkReplays(), cause.getClass().getName(), frames(cause));
      String message = cause instanceof GuaranteeViolation ? oneLine(cause)
          : "the candidate threw " + oneLine(cause);
      return result(check, CheckStatus.FAILED, message, millis, metrics, failure);
    }
    if (thrown instanceof GuaranteeViolation v) {
      return result(check, CheckStatus.FAILED, oneLine(v), millis, metrics, new Failure(
          v.guarantee(), v.expected(), v.observed(), List.of(), 0, 0, 0, v.getClass().getName(),
          null));
    }
    if (thrown instanceof AssertionError) {
      return result(check, CheckStatus.FAILED, oneLine(thrown), millis, metrics, null);
    }
    return result(check, CheckStatus.FAILED, "the candidate threw " + oneLine(thrown), millis,
        metrics, new Failure(null, null, null, List.of(), 0, 0, 0, thrown.getClass().getName(),
            frames(thrown)));
  }

  private static CheckResult result(CheckDescriptor check, CheckStatus status, String message,
      long millis, Map<String, String> metrics, Failure failure) {
    return new CheckResult(check.id(), check.system(), check.suite(), check.title(),
        check.category(), status, 0, message, millis, metrics, failure);
  }

  static Throwable find(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  /** The first line of the message, with the exception's simple name when it is not a check's. */
  static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
    if (t instanceof AssertionError) {
      return message;
    }
    return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }

  private static String frames(Throwable t) {
    return Arrays.stream(t.getStackTrace()).limit(FRAMES_KEPT).map(f -> "at " + f)
        .collect(Collectors.joining("\n"));
  }
}
