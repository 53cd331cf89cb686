package dev.gauntlet.harness.run;

import dev.gauntlet.harness.check.ReportEntries;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Turns the JUnit Platform's events into one {@link CheckResult} per check. */
final class ResultCollector implements TestExecutionListener {

  private final String systemId;
  private final CheckListener listener;
  private final Map<String, Running> running = new HashMap<>();

  ResultCollector(String systemId, CheckListener listener) {
    this.systemId = systemId;
    this.listener = listener;
  }

  /** What is known of a check while it runs. */
  private static final class Running {
    final CheckDescriptor check;
    final long startNanos = System.nanoTime(); // report timing only, never graded
    final Map<String, String> metrics = new LinkedHashMap<>();
    Double fraction;
    String explanation;
    String unfit;

    Running(CheckDescriptor check) {
      this.check = check;
    }
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    Catalog.describe(test, systemId).ifPresent(check -> {
      running.put(test.getUniqueId(), new Running(check));
      listener.started(check);
    });
  }

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    Running run = running.get(test.getUniqueId());
    if (run == null) {
      return;
    }
    entry.getKeyValuePairs().forEach((key, value) -> {
      if (key.equals(ReportEntries.SCORE)) {
        run.fraction = Double.parseDouble(value);
      } else if (key.equals(ReportEntries.SCORE_EXPLANATION)) {
        run.explanation = value;
      } else if (key.equals(ReportEntries.UNFIT)) {
        run.unfit = value;
      } else if (key.startsWith(ReportEntries.METRIC_PREFIX)) {
        run.metrics.put(key.substring(ReportEntries.METRIC_PREFIX.length()), value);
      }
    });
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    Catalog.describe(test, systemId).ifPresent(check ->
        listener.finished(CheckResult.notRun(check, CheckStatus.SKIPPED, reason)));
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Running run = running.remove(test.getUniqueId());
    if (run == null) {
      return;
    }
    long millis = (System.nanoTime() - run.startNanos) / 1_000_000;
    Optional<Throwable> thrown = result.getThrowable();
    CheckResult outcome = switch (result.getStatus()) {
      case SUCCESSFUL -> passed(run, millis);
      case ABORTED -> new CheckResult(run.check.id(), systemId, run.check.suite(),
          run.check.title(), run.check.category(), CheckStatus.SKIPPED, 0,
          thrown.map(Throwable::getMessage).orElse("aborted"), millis, run.metrics, null);
      case FAILED -> Failures.describe(run.check, thrown.orElseThrow(), millis, run.metrics);
    };
    listener.finished(outcome);
    if (run.unfit != null) {
      listener.unfit(run.check.id(), run.unfit);
    }
  }

  private CheckResult passed(Running run, long millis) {
    double fraction = run.fraction == null ? 1.0 : run.fraction;
    CheckStatus status = fraction >= 1.0 ? CheckStatus.PASSED
        : fraction > 0 ? CheckStatus.PARTIAL : CheckStatus.FAILED;
    String message = run.explanation != null ? run.explanation
        : status == CheckStatus.PASSED ? "held" : "scored " + fraction;
    return new CheckResult(run.check.id(), systemId, run.check.suite(), run.check.title(),
        run.check.category(), status, fraction, message, millis, run.metrics, null);
  }
}
