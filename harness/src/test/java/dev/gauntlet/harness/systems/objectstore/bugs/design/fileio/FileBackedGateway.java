package dev.gauntlet.harness.systems.objectstore.bugs.design.fileio;

import dev.gauntlet.harness.systems.objectstore.bugs.design.EmptyGateway;
import dev.gauntlet.harness.systems.objectstore.bugs.design.StandAloneStoreFactory;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Planted bug: objects written to local files, beyond the nodes the harness owns and injects
 * faults into. Must fail {@code objectstore.design.no-io}.
 */
public final class FileBackedGateway extends StandAloneStoreFactory {

  @Override
  public ObjectStore newGateway(ObjectStoreEnvironment environment) {
    return new EmptyGateway(environment) {
      @Override
      public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
        try {
          Files.write(Path.of("/tmp", bucket, key), data);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return super.putObject(bucket, key, data, options);
      }
    };
  }
}
