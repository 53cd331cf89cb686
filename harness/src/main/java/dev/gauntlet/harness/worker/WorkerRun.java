package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckListener;
import dev.gauntlet.harness.run.CheckResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One worker process of a system's grading, seen from the parent: the messages it sent, and how
 * it ended. Results go into the shared map as they arrive, so nothing reported is lost however
 * the worker ends.
 */
final class WorkerRun {

  /** How long a worker that closed its channel, retired or is exiting may take to end. */
  private static final Duration EXIT_GRACE = Duration.ofSeconds(5);

  String log;
  /** The checks this worker was given, by id. */
  private Map<String, CheckDescriptor> assigned;
  /** The check it was running when its messages stopped, if any. */
  String running;
  int reported;
  boolean done;
  String candidateError;
  String fatal;
  /** How the candidate ended the JVM, from the exit witness: "System.exit in x.Y.m(Y.java:3)". */
  String exiting;
  /** Why the worker retired itself, and after which check. */
  String retired;
  String retiredAfter;
  int exit = -1;
  boolean timedOut;
  /** Whether it was still alive after the grace it gets to end, and was killed. */
  boolean killed;

  private WorkerRun() {}

  /**
   * Starts a worker, relays its messages until it is done, retires, exits or dies, and waits
   * for it to end.
   */
  static WorkerRun run(WorkerSettings settings, String mainClass, List<String> args, String log,
      Duration limit, ReferenceWorker reference, Map<String, CheckDescriptor> assigned,
      Map<String, CheckResult> results, CheckListener listener)
      throws IOException, InterruptedException {
    WorkerRun run = new WorkerRun();
    run.log = log;
    run.assigned = assigned;
    try (WorkerProcess worker = WorkerProcess.start(settings.candidateClassPath(), settings.heap(),
        mainClass, args, settings.runFolder().resolve(log), limit)) {
      Channel channel = worker.awaitChannel();
      try {
        run.relay(channel, reference, results, listener);
      } finally {
        if (channel != null) {
          channel.close();
        }
      }
      run.exit = worker.awaitExit(EXIT_GRACE);
      run.timedOut = worker.timedOut();
      run.killed = worker.killedAfterGrace();
    }
    return run;
  }

  private void relay(Channel channel, ReferenceWorker reference,
      Map<String, CheckResult> results, CheckListener listener) throws IOException {
    Message m;
    while ((m = receive(channel)) != null) {
      switch (m.type()) {
        case Message.STARTED -> {
          // Only checks given to this worker, each once: a worker cannot redo or add a result.
          if (assigned.containsKey(m.check()) && !results.containsKey(m.check())) {
            running = m.check();
            listener.started(assigned.get(running));
          }
        }
        case Message.RESULT -> {
          String id = m.result().id();
          if (assigned.containsKey(id) && !results.containsKey(id)) {
            results.put(id, m.result());
            running = null;
            reported++;
            listener.finished(m.result());
          }
        }
        case Message.BASELINE_REQUEST -> channel.send(reference.answer(m));
        case Message.FATAL -> fatal = m.text();
        case Message.CANDIDATE_ERROR -> {
          candidateError = m.text();
          return;
        }
        case Message.RETIRE -> {
          retired = m.text();
          retiredAfter = m.check();
          return;
        }
        case Message.EXITING -> {
          exiting = m.text();
          return; // its shutdown hooks run now; they get EXIT_GRACE
        }
        case Message.DONE -> {
          done = true;
          return;
        }
        default -> { } // plan: the parent's own catalog already lists the checks
      }
    }
  }

  /** Returns whether this worker graded anything: a result, or a check it died in. */
  boolean progressed() {
    return reported > 0 || running != null || retired != null;
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
}
