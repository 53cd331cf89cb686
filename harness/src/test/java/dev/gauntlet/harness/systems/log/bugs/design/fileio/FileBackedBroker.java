package dev.gauntlet.harness.systems.log.bugs.design.fileio;

import dev.gauntlet.harness.systems.log.bugs.design.IdleBroker;
import dev.gauntlet.harness.systems.log.bugs.design.StandAloneLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Planted bug: the broker writes what it receives to a real file instead of its Disk, which the
 * harness can neither crash nor inspect. Must fail {@code log.design.no-io}.
 */
public final class FileBackedBroker extends StandAloneLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment environment) {
    return new IdleBroker(environment) {
      @Override
      public void onMessage(String from, Message message) {
        try {
          Files.writeString(Path.of("broker-" + environment.brokerId() + ".log"),
              message + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
