package dev.gauntlet.harness.systems.objectstore.bugs.design.staticstore;

import dev.gauntlet.harness.systems.objectstore.bugs.design.EmptyGateway;
import dev.gauntlet.harness.systems.objectstore.bugs.design.StandAloneStoreFactory;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Planted bug: "strong consistency" by a static map of buckets that every gateway shares, which
 * separate machines could not. Must fail {@code objectstore.design.no-static-state}.
 */
public final class StaticBucketsFactory extends StandAloneStoreFactory {

  @Override
  public ObjectStore newGateway(ObjectStoreEnvironment environment) {
    return new SharedBuckets(environment);
  }

  /** A gateway whose buckets live in a static map. */
  static final class SharedBuckets extends EmptyGateway {

    private static final Map<String, Boolean> BUCKETS = new TreeMap<>();

    SharedBuckets(ObjectStoreEnvironment environment) {
      super(environment);
    }

    @Override
    public void createBucket(String bucket) {
      BUCKETS.put(bucket, true);
    }

    @Override
    public List<String> listBuckets() {
      return new ArrayList<>(BUCKETS.keySet());
    }
  }
}
