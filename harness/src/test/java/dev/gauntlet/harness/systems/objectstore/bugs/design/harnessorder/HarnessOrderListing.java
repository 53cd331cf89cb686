package dev.gauntlet.harness.systems.objectstore.bugs.design.harnessorder;

import dev.gauntlet.harness.systems.objectstore.Utf8Order;
import dev.gauntlet.harness.systems.objectstore.bugs.design.EmptyGateway;
import dev.gauntlet.harness.systems.objectstore.bugs.design.StandAloneStoreFactory;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import java.util.ArrayList;
import java.util.List;

/**
 * Planted bug: the listing borrows the harness's UTF-8 comparator, which is not on a
 * submission's class path when it is graded. Must fail {@code objectstore.design.specs-only}.
 */
public final class HarnessOrderListing extends StandAloneStoreFactory {

  @Override
  public ObjectStore newGateway(ObjectStoreEnvironment environment) {
    return new EmptyGateway(environment) {
      @Override
      public List<String> listBuckets() {
        List<String> names = new ArrayList<>(List.of("b", "a"));
        names.sort(Utf8Order.INSTANCE);
        return names;
      }
    };
  }
}
