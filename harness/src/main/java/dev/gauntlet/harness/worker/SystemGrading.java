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
 * Grades one system in a worker of its own and collects its results as they arrive. Whatever
 * the worker reported before it died or was killed is kept; the check it was running and those
 * it never reached are reported with the cause.
 */
public final class SystemGrading {

  /** How long a worker that closed its channel may take to exit before it is killed. */
  private static final Duration EXIT_GRACE = Duration.ofSeconds(5);

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
   * @param workerArgs the worker's arguments after {@code --system} (seed, checks, settings)
   * @param listener told of each check as it starts and finishes, on this thread
   */
  public WorkerOutcome run(String system, List<CheckDescriptor> planned, List<String> workerArgs,
      CheckListener listener) throws IOException, InterruptedException {
    long start = System.nanoTime(); // report timing only
    String log = "worker-" + system + ".log";
    List<String> args = new ArrayList<>(List.of("--system", system));
    args.addAll(workerArgs);
    Map<String, CheckDescriptor> byId = new LinkedHashMap<>();
    planned.forEach(c -> byId.put(c.id(), c));
    Map<String, CheckResult> results = new LinkedHashMap<>();
    String running = null;
    String candidateError = null;
    String fatal = null;
    boolean done = false;
    try (WorkerProcess worker = WorkerProcess.start(settings.candidateClassPath(), settings.heap(),
        mainClass, args, settings.runFolder().resolve(log), settings.limit());
        ReferenceWorker reference = new ReferenceWorker(settings, system,
            optionArgs(workerArgs))) {
      Channel channel = worker.awaitChannel();
      try {
        Message m;
        while (!done && candidateError == null && (m = receive(channel)) != null) {
          switch (m.type()) {
            case Message.STARTED -> {
              running = m.check();
              if (byId.containsKey(running)) {
                listener.started(byId.get(running));
              }
            }
            case Message.RESULT -> {
              results.put(m.result().id(), m.result());
              running = null;
              listener.finished(m.result());
            }
            case Message.BASELINE_REQUEST -> channel.send(reference.answer(m));
            case Message.CANDIDATE_ERROR -> candidateError = m.text();
            case Message.FATAL -> fatal = m.text();
            case Message.DONE -> done = true;
            default -> { } // plan: the parent's own catalog already lists the checks
          }
        }
      } finally {
        if (channel != null) {
          channel.close();
        }
      }
      int exit = worker.awaitExit(EXIT_GRACE);
      State state = candidateError != null ? State.CANDIDATE_ERROR
          : worker.timedOut() ? State.TIMED_OUT
          : done ? State.COMPLETED : State.CRASHED;
      if (state == State.TIMED_OUT || state == State.CRASHED) {
        fillIn(planned, results, running, cause(state, exit, fatal, log), state, listener);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      List<CheckResult> ordered = new ArrayList<>();
      planned.forEach(c -> {
        if (results.containsKey(c.id())) {
          ordered.add(results.get(c.id()));
        }
      });
      return new WorkerOutcome(state, exit, candidateError, ordered, millis, log);
    }
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

  private static Message receive(Channel channel) {
    if (channel == null) {
      return null;
    }
    try {
      return channel.receive();
    } catch (IOException e) { // the worker was killed mid-line, or wrote garbage: it is done
      return null;
    }
  }

  private String cause(State state, int exit, String fatal, String log) {
    return state == State.TIMED_OUT
        ? "the worker hit its time limit of " + describe(settings.limit())
        : "the worker died (exit code " + exit + (fatal == null ? "" : ", " + fatal)
            + "; see " + log + ")";
  }

  private static void fillIn(List<CheckDescriptor> planned, Map<String, CheckResult> results,
      String running, String cause, State state, CheckListener listener) {
    for (CheckDescriptor check : planned) {
      if (results.containsKey(check.id())) {
        continue;
      }
      CheckResult result;
      if (check.id().equals(running)) {
        result = state == State.TIMED_OUT
            ? CheckResult.notRun(check, CheckStatus.TIMED_OUT, cause + " during this check")
            : CheckResult.notRun(check, CheckStatus.FAILED,
                cause.replaceFirst("^the worker died", "the worker died during this check"));
      } else {
        result = CheckResult.notRun(check, CheckStatus.NOT_REACHED, "not reached: " + cause
            + (running == null ? "" : " during " + running));
      }
      results.put(check.id(), result);
      listener.finished(result);
    }
  }

  /** Renders a duration the way {@code --timeout} takes it. */
  public static String describe(Duration d) {
    if (d.toMillis() % 60_000 == 0) {
      return d.toMinutes() + "m";
    }
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
