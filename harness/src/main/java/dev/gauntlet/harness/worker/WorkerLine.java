package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.guard.Verdict;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A grading worker's side of the channel while checks run. The checks' thread, the thread watch
 * and the exit witness all report through it, one at a time, and once it has retired the worker
 * nothing more is sent: every check gets exactly one result.
 */
final class WorkerLine {

  /** Exit status of a worker that stopped so that a fresh one grades the remaining checks. */
  static final int RETIRED_EXIT = 75;

  private final Channel channel;
  private CheckDescriptor running;

  WorkerLine(Channel channel) {
    this.channel = channel;
  }

  synchronized void started(CheckDescriptor check) {
    running = check;
    send(Message.started(check.id()));
  }

  synchronized void finished(CheckResult result) {
    running = null;
    send(Message.result(result));
  }

  /** Says the JVM is unfit for more checks after {@code checkId}, and stops it. */
  synchronized void retire(String checkId, String reason) {
    send(Message.retire(checkId, reason));
    halt();
  }

  /**
   * Gives the running check (if any) {@code verdict} as its result, then retires the worker: for
   * what the candidate does that the check's own thread cannot report, e.g. a thread bomb.
   */
  synchronized void abort(Verdict verdict, String message, String expected, String observed) {
    String checkId = null;
    if (running != null) {
      checkId = running.id();
      send(Message.result(CheckResult.contained(running, verdict, message, expected, observed)));
      running = null;
    }
    send(Message.retire(checkId, message));
    halt();
  }

  /** Tells the parent the candidate is ending the JVM, and how; the JVM ends by itself. */
  synchronized void exiting(String how) {
    send(Message.exiting(how));
  }

  private void send(Message message) {
    try {
      channel.send(message);
    } catch (IOException e) {
      throw new UncheckedIOException("the channel to the parent broke", e);
    }
  }

  private static void halt() {
    // Not System.out.flush(): a candidate's thread may hold its lock for ever.
    Runtime.getRuntime().halt(RETIRED_EXIT);
  }
}
