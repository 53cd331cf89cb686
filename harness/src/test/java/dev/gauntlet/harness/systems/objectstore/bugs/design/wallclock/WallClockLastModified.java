package dev.gauntlet.harness.systems.objectstore.bugs.design.wallclock;

import dev.gauntlet.harness.systems.objectstore.bugs.design.EmptyGateway;
import dev.gauntlet.harness.systems.objectstore.bugs.design.StandAloneStoreFactory;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.PutOptions;

/**
 * Planted bug: last-modified stamped with {@code System.currentTimeMillis} instead of the
 * environment's Clock. Must fail {@code objectstore.design.no-wall-clock}.
 */
public final class WallClockLastModified extends StandAloneStoreFactory {

  @Override
  public ObjectStore newGateway(ObjectStoreEnvironment environment) {
    return new EmptyGateway(environment) {
      @Override
      public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
        return new ObjectInfo(key, data.length, "", options.effectiveContentType(),
            options.userMetadata(), System.currentTimeMillis());
      }
    };
  }
}
