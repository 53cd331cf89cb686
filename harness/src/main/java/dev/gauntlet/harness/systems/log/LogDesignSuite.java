package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.design.DesignCheck;
import dev.gauntlet.harness.design.DesignRule;
import dev.gauntlet.harness.design.DesignRules;
import dev.gauntlet.specs.log.LogConfig;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.TopicPartition;

/**
 * Holds the log submission's own classes to the design rules of {@link DesignRules}, each
 * reported with the rule's reason. For a log the rules guard what the other checks assume: a
 * crash loses a broker's memory and keeps only its {@link dev.gauntlet.specs.log.Disk} (no
 * static state, no files), session timeouts and replica lag run on the harness's clock (no wall
 * clock), and brokers talk only through the simulated network (no sockets).
 *
 * <p>Design rules are about what code does not do, so an empty submission would pass them all.
 * Each check therefore first starts one broker in a one-broker cluster and asks it what it holds
 * of a partition ({@code replicaState}): a template that still throws
 * {@link UnsupportedOperationException} there is reported as not implemented. The rules apply to
 * every stage, and are judged from stage 1 on.
 */
@CheckSuite(system = "log", name = "design", order = 6)
public class LogDesignSuite {

  /** Timeouts, lag and session expiry come from the environment's Clock. */
  @Check(id = "log.design.no-wall-clock",
      title = "Stage 1 onward: reads time only from the given Clock, no wall clock, no sleeping",
      points = 2, category = Category.DESIGN)
  void noWallClock(CheckContext ctx) {
    holds(ctx, DesignRules.noWallClock());
  }

  /** A broker's memory dies with it: only its disk survives a crash. */
  @Check(id = "log.design.no-static-state",
      title = "Stage 1 onward: keeps state in objects and on the disk, not in static fields",
      points = 2, category = Category.DESIGN)
  void noStaticState(CheckContext ctx) {
    holds(ctx, DesignRules.noStaticMutableState());
  }

  /** No reflection that could read the harness's expectations or detect the grader. */
  @Check(id = "log.design.no-reflection",
      title = "Stage 1 onward: uses no reflection, method handles, Unsafe or stack inspection",
      points = 2, category = Category.DESIGN)
  void noReflection(CheckContext ctx) {
    holds(ctx, DesignRules.noReflection());
  }

  /** The simulated network and disk are the only I/O. */
  @Check(id = "log.design.no-io",
      title = "Stage 1 onward: starts no processes and opens no files or sockets",
      points = 2, category = Category.DESIGN)
  void noIo(CheckContext ctx) {
    holds(ctx, DesignRules.noProcessesFilesOrSockets());
  }

  /** Built on the specs alone. */
  @Check(id = "log.design.specs-only",
      title = "Stage 1 onward: depends on the specs only, not on the harness or the reference",
      points = 2, category = Category.DESIGN)
  void specsOnly(CheckContext ctx) {
    holds(ctx, DesignRules.noHarnessDependency());
  }

  private static void holds(CheckContext ctx, DesignRule rule) {
    LogFactory factory = ctx.factory(LogFactory.class);
    DesignCheck.requireImplemented("a broker answers replicaState",
        () -> new LogCluster(factory, 1, LogConfig.defaults(1), ctx.seed())
            .replicaState(1, new TopicPartition("design", 0)));
    DesignCheck.holds(ctx, factory, rule);
  }
}
