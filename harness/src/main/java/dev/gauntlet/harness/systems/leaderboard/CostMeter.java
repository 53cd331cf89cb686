package dev.gauntlet.harness.systems.leaderboard;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Measures the cost of one operation on structures of several sizes, as the cache's ring
 * lookup-cost check does: thread CPU time (what this thread spent, not what other processes
 * took), sizes interleaved round after round so each sees the same conditions, and a CPU budget
 * after which rounds stop, so a linear structure cannot run long. Each size keeps its fastest
 * round: noise (a collection, a compilation, a cold cache) only ever adds time, so the minimum
 * is the steadiest estimate of what the operation itself costs.
 */
final class CostMeter {

  /** One operation on the structure of size index {@code size}; returns a value to keep. */
  @FunctionalInterface
  interface Operation {
    long run(int size, int i);
  }

  /** The least CPU time spent warming up. */
  private static final long WARM_UP_NANOS = 400_000_000L;

  /** Operations between two looks at the budget. */
  private static final int BATCH = 16;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final boolean cpu;
  private final long deadline;
  private long sink;

  CostMeter(long budgetNanos) {
    this.cpu = threads.isCurrentThreadCpuTimeSupported();
    if (cpu && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
    this.deadline = now() + budgetNanos;
  }

  /** Returns whether the meter uses thread CPU time (else elapsed time). */
  boolean cpuTime() {
    return cpu;
  }

  /**
   * Returns the least nanoseconds per operation at each size, over at most {@code rounds}
   * rounds of {@code operations} each, after {@code warmUp} passes over all but the largest.
   *
   * @return the costs, and the rounds run, as the last element
   */
  double[] measure(int sizes, int operations, int rounds, int warmUp, Operation op) {
    System.gc(); // the garbage of building the structures is not the operations' cost
    // Warm up by passes and by CPU time both: on a busy machine the JIT's compiler threads get
    // little CPU, and rounds measured before it is done would time the interpreter.
    long warmUntil = now() + WARM_UP_NANOS;
    for (int pass = 0; pass < warmUp || (now() < warmUntil && !spent()); pass++) {
      for (int size = 0; size < sizes - 1; size++) {
        costPerOperation(size, operations, op);
      }
    }
    double[][] costs = new double[sizes][rounds];
    int done = 0;
    while (done < rounds && (done == 0 || !spent())) {
      for (int size = 0; size < sizes; size++) {
        costs[size][done] = costPerOperation(size, operations, op);
      }
      done++;
    }
    double[] result = new double[sizes + 1];
    for (int size = 0; size < sizes; size++) {
      result[size] = Arrays.stream(Arrays.copyOf(costs[size], done)).min().orElseThrow();
    }
    result[sizes] = done;
    return sink == 42 ? result : result; // sink is read, so the JIT keeps the operations
  }

  private boolean spent() {
    return now() >= deadline;
  }

  /** Nanoseconds per operation over a pass, or over the batches done when the budget ran out. */
  private double costPerOperation(int size, int operations, Operation op) {
    int done = 0;
    long t0 = now();
    while (done < operations && (done == 0 || !spent())) {
      for (int end = Math.min(done + BATCH, operations); done < end; done++) {
        sink += op.run(size, done);
      }
    }
    return (now() - t0) / (double) done;
  }

  private long now() {
    return cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
