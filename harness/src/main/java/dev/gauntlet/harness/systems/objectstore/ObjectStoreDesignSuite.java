package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.design.DesignCheck;
import dev.gauntlet.harness.design.DesignRule;
import dev.gauntlet.harness.design.DesignRules;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;

/**
 * Holds the object store submission's own classes to the design rules of {@link DesignRules},
 * each reported with the rule's reason. For an object store the rules guard what the other
 * checks assume: gateways share nothing but the nodes (no static state), last-modified comes
 * from the harness's clock, the nodes are the only storage (no files).
 *
 * <p>Design rules are about what code does not do, so an empty submission would pass them all.
 * Each check therefore first asks the factory's coder to encode one tiny stripe: a template that
 * still throws {@link UnsupportedOperationException} there is reported as not implemented.
 */
@CheckSuite(system = "objectstore", name = "design", order = 9)
public class ObjectStoreDesignSuite {

  /** Last-modified times and any timing come from the environment's Clock. */
  @Check(id = "objectstore.design.no-wall-clock",
      title = "Reads time only from the given Clock: no wall clock, no sleeping",
      points = 2, category = Category.DESIGN)
  void noWallClock(CheckContext ctx) {
    holds(ctx, DesignRules.noWallClock());
  }

  /** Gateways share state only through the nodes, never through static fields. */
  @Check(id = "objectstore.design.no-static-state",
      title = "Keeps state in objects and on the nodes, not in static fields",
      points = 2, category = Category.DESIGN)
  void noStaticState(CheckContext ctx) {
    holds(ctx, DesignRules.noStaticMutableState());
  }

  /** No reflection that could read the harness's expectations or detect the grader. */
  @Check(id = "objectstore.design.no-reflection",
      title = "Uses no reflection, method handles, Unsafe or stack inspection",
      points = 1, category = Category.DESIGN)
  void noReflection(CheckContext ctx) {
    holds(ctx, DesignRules.noReflection());
  }

  /** The storage and metadata nodes are the only place bytes may go. */
  @Check(id = "objectstore.design.no-io",
      title = "Starts no processes and opens no files or sockets",
      points = 1, category = Category.DESIGN)
  void noIo(CheckContext ctx) {
    holds(ctx, DesignRules.noProcessesFilesOrSockets());
  }

  /** Built on the specs alone. */
  @Check(id = "objectstore.design.specs-only",
      title = "Depends on the specs only, not on the harness or the reference",
      points = 1, category = Category.DESIGN)
  void specsOnly(CheckContext ctx) {
    holds(ctx, DesignRules.noHarnessDependency());
  }

  private static void holds(CheckContext ctx, DesignRule rule) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    DesignCheck.requireImplemented("the erasure coder encodes",
        () -> factory.newErasureCoder(2, 1).encode(new byte[][] {new byte[1], new byte[1]}));
    DesignCheck.holds(ctx, factory, rule);
  }
}
