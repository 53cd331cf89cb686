package dev.gauntlet.harness.systems.log.bugs.design.reflection;

import dev.gauntlet.harness.systems.log.bugs.design.StandAloneLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: the factory looks for the grader's simulated cluster and behaves differently when
 * graded. Must fail {@code log.design.no-reflection}.
 */
public final class GraderDetectingLogFactory extends StandAloneLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment environment) {
    return underGrader() ? super.newBroker(environment) : super.newBroker(environment);
  }

  static boolean underGrader() {
    try {
      Class.forName("dev.gauntlet.harness.systems.log.LogCluster");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
