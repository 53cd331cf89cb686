package dev.gauntlet.harness.systems.cache.bugs.design.filelog;

import dev.gauntlet.harness.systems.cache.bugs.design.PlainClient;
import dev.gauntlet.harness.systems.cache.bugs.design.StandAloneFactory;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Planted bug: the client appends every put to a log file with {@code java.nio.file.Files}, I/O
 * outside the environment the harness hands over. Must fail {@code cache.design.no-io}.
 */
public final class FileLoggingClient extends StandAloneFactory {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    return new PlainClient(environment, newRing()) {
      @Override
      public void put(String key, String value) {
        try {
          Files.writeString(Path.of("cache-client.log"), "put " + key + "\n",
              StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        super.put(key, value);
      }
    };
  }
}
