package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckListener;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.worker.WorkerOutcome.State;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades one system in workers of its own and collects its results as they arrive. Whatever a
 * worker reported before it stopped is kept. When a check ends its worker (the candidate exits
 * or halts the JVM, the JVM dies) or leaves it unfit (a thread still running, the heap used up),
 * that check gets the verdict and a fresh worker grades the checks not yet run, so one hostile
 * check costs its own points only. The system's time limit covers all its workers.
 */
public final class SystemGrading {

  private final WorkerSettings settings;
  private final String mainClass;

  public SystemGrading(WorkerSettings settings) {
    this(settings, WorkerMain.class.getName());
  }

  /** Grades with {@code mainClass} as the worker; the harness's own tests use fake workers. */
  SystemGrading(WorkerSettings settings, String mainClass) {
    this.settings = settings;
    this.mainClass = mainClass;
  }

  /**
   * Runs {@code planned} checks of {@code system} on the candidate.
   *
   * @param system the system's id
   * @param planned the checks to run, in order, as the parent's catalog lists them
   * @param workerArgs the worker's arguments besides {@code --system} and {@code --check}
   *     (seed, settings, time limits)
   * @param listener told of each check as it starts and finishes, on this thread
   */
  public WorkerOutcome run(String system, List<CheckDescriptor> planned, List<String> workerArgs,
      CheckListener listener) throws IOException, InterruptedException {
    long start = System.nanoTime(); // the time limit and report timing only
    long deadline = start + settings.limit().toNanos();
    String limit = describe(settings.limit());
    Map<String, CheckDescriptor> byId = new LinkedHashMap<>();
    planned.forEach(c -> byId.put(c.id(), c));
    Map<String, CheckResult> results = new LinkedHashMap<>();
    List<WorkerRestart> restarts = new ArrayList<>();
    String firstLog = "worker-" + system + ".log";
    WorkerRun last = null;
    String unreached = null;
    try (ReferenceWorker reference = new ReferenceWorker(settings, system,
        optionArgs(workerArgs))) {
      for (int n = 1; ; n++) {
        List<CheckDescriptor> remaining = planned.stream()
            .filter(c -> !results.containsKey(c.id())).toList();
        long left = deadline - System.nanoTime();
        if (remaining.isEmpty() || left <= 0) {
          unreached = left <= 0 ? "the time limit of " + limit + " for grading this system ran"
              + " out" : null;
          break;
        }
        String log = n == 1 ? firstLog : "worker-" + system + "-" + n + ".log";
        if (last != null) {
          restarts.add(new WorkerRestart(last.retiredAfter != null ? last.retiredAfter
              : last.running, WorkerEnd.cause(last, limit), log));
        }
        Map<String, CheckDescriptor> assigned = new LinkedHashMap<>();
        remaining.forEach(c -> assigned.put(c.id(), c));
        last = WorkerRun.run(settings, mainClass, args(system, remaining, workerArgs), log,
            Duration.ofNanos(left), reference, assigned, results, listener);
        if (last.running != null && !results.containsKey(last.running)) {
          CheckResult verdict = WorkerEnd.during(byId.get(last.running), last, limit);
          results.put(verdict.id(), verdict);
          listener.finished(verdict);
        }
        if (last.done || last.candidateError != null || last.timedOut || !last.progressed()) {
          // Done; or a fresh worker would fail the same way, or has no time left.
          unreached = last.done ? "the worker finished without running it"
              : WorkerEnd.cause(last, limit) + (last.progressed() ? "" : " before any check");
          break;
        }
      }
    }
    boolean missed = false;
    if (last == null || last.candidateError == null) {
      for (CheckDescriptor check : planned) {
        if (!results.containsKey(check.id())) {
          missed = true;
          CheckResult result = CheckResult.notRun(check, CheckStatus.NOT_REACHED,
              "not reached: " + unreached);
          results.put(check.id(), result);
          listener.finished(result);
        }
      }
    }
    State state = last != null && last.candidateError != null ? State.CANDIDATE_ERROR
        : !missed ? State.COMPLETED
        : last != null && last.timedOut || System.nanoTime() >= deadline ? State.TIMED_OUT
        : State.CRASHED;
    List<CheckResult> ordered = new ArrayList<>();
    planned.forEach(c -> {
      if (results.containsKey(c.id())) {
        ordered.add(results.get(c.id()));
      }
    });
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new WorkerOutcome(state, last == null ? -1 : last.exit,
        last == null ? null : last.candidateError, ordered, millis, firstLog, restarts);
  }

  /** The {@code --option name=value} pairs among a worker's arguments. */
  static List<String> optionArgs(List<String> workerArgs) {
    List<String> options = new ArrayList<>();
    for (int i = 0; i + 1 < workerArgs.size(); i++) {
      if (workerArgs.get(i).equals("--option")) {
        options.add("--option");
        options.add(workerArgs.get(++i));
      }
    }
    return options;
  }

  /** The worker's arguments: the system, the given ones, and the checks it is to run. */
  private static List<String> args(String system, List<CheckDescriptor> checks,
      List<String> workerArgs) {
    List<String> args = new ArrayList<>(List.of("--system", system));
    args.addAll(workerArgs);
    checks.forEach(c -> args.addAll(List.of("--check", c.id())));
    return args;
  }

  /** Renders a duration the way {@code --timeout} takes it. */
  public static String describe(Duration d) {
    if (d.toMillis() % 60_000 == 0) {
      return d.toMinutes() + "m";
    }
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
