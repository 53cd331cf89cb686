package dev.gauntlet.harness.systems.objectstore.bugs.design.reflection;

import dev.gauntlet.harness.systems.objectstore.bugs.design.StandAloneStoreFactory;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;

/**
 * Planted bug: the factory looks for the grader's classes and behaves differently when graded.
 * Must fail {@code objectstore.design.no-reflection}.
 */
public final class GraderDetectingStoreFactory extends StandAloneStoreFactory {

  @Override
  public ObjectStore newGateway(ObjectStoreEnvironment environment) {
    return underGrader() ? super.newGateway(environment) : super.newGateway(environment);
  }

  static boolean underGrader() {
    try {
      Class.forName("dev.gauntlet.harness.systems.objectstore.SimStore");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
