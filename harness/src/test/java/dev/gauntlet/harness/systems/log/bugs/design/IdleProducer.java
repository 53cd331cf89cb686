package dev.gauntlet.harness.systems.log.bugs.design;

import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerRecord;
import dev.gauntlet.specs.log.SendCallback;

/** A producer that never sends: a design fixture. */
public class IdleProducer implements Producer {

  protected final ClientEnvironment environment;

  public IdleProducer(ClientEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void send(ProducerRecord record, SendCallback callback) {}

  @Override
  public void onMessage(String from, Message message) {}

  @Override
  public void onTick() {}
}
