package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.design.DesignCheck;
import dev.gauntlet.harness.design.DesignRule;
import dev.gauntlet.harness.design.DesignRules;
import dev.gauntlet.specs.cache.CacheFactory;

/**
 * Holds the cache submission's own classes (those at its factory's code source) to the design
 * rules of {@link DesignRules}, each reported with the rule's reason.
 *
 * <p>Design rules are about what code does not do, so an empty submission would pass them all.
 * Each check therefore first asks the factory for a node store ({@code newNodeStore(4, () -> 0L)
 * .size()}): a template that still throws {@link UnsupportedOperationException} there is
 * reported as not implemented, earning no design points until there is code to judge. Any other
 * exception from that probe is left to the store's own checks.
 */
@CheckSuite(system = "cache", name = "design", order = 6)
public class CacheDesignSuite {

  /** The cache's store reads time only through the Clock the harness gives it. */
  @Check(id = "cache.design.no-wall-clock",
      title = "Reads time only from the given Clock: no wall clock, no sleeping",
      points = 3, category = Category.DESIGN)
  void noWallClock(CheckContext ctx) {
    holds(ctx, DesignRules.noWallClock());
  }

  /** Nodes, rings and clients keep their state in their own objects. */
  @Check(id = "cache.design.no-static-state",
      title = "Keeps state in objects, not in static fields",
      points = 3, category = Category.DESIGN)
  void noStaticState(CheckContext ctx) {
    holds(ctx, DesignRules.noStaticMutableState());
  }

  /** No reflection that could read the harness's expectations or detect the grader. */
  @Check(id = "cache.design.no-reflection",
      title = "Uses no reflection, method handles, Unsafe or stack inspection",
      points = 2, category = Category.DESIGN)
  void noReflection(CheckContext ctx) {
    holds(ctx, DesignRules.noReflection());
  }

  /** The nodes and clock of the environment are the only I/O. */
  @Check(id = "cache.design.no-io",
      title = "Starts no processes and opens no files or sockets",
      points = 2, category = Category.DESIGN)
  void noIo(CheckContext ctx) {
    holds(ctx, DesignRules.noProcessesFilesOrSockets());
  }

  /** Built on the specs alone. */
  @Check(id = "cache.design.specs-only",
      title = "Depends on the specs only, not on the harness or the reference",
      points = 2, category = Category.DESIGN)
  void specsOnly(CheckContext ctx) {
    holds(ctx, DesignRules.noHarnessDependency());
  }

  /** The JVM the harness grades in is not the submission's to end. */
  @Check(id = "cache.design.no-exit",
      title = "Never ends the JVM: no System.exit, Runtime.exit or halt, no shutdown hooks",
      points = 2, category = Category.DESIGN)
  void noExit(CheckContext ctx) {
    holds(ctx, DesignRules.noExit());
  }

  /** Requests arrive one at a time on the harness's thread; the submission starts none. */
  @Check(id = "cache.design.no-threads",
      title = "Starts no threads, pools, timers, async tasks or parallel streams",
      points = 2, category = Category.DESIGN)
  void noThreads(CheckContext ctx) {
    holds(ctx, DesignRules.noThreads());
  }

  private static void holds(CheckContext ctx, DesignRule rule) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    DesignCheck.requireImplemented("newNodeStore works",
        () -> factory.newNodeStore(4, () -> 0L).size());
    DesignCheck.holds(ctx, factory, rule);
  }
}
