package dev.gauntlet.reference.log;

import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;

/** The reference log: every part is a new object with state of its own. */
public class ReferenceLogFactory implements LogFactory {

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public ReferenceLogFactory() {}

  @Override
  public Broker newBroker(BrokerEnvironment environment) {
    return new ReferenceBroker(environment);
  }

  @Override
  public Producer newProducer(ClientEnvironment environment, ProducerConfig config) {
    return new ReferenceProducer(environment, config);
  }

  @Override
  public Consumer newConsumer(ClientEnvironment environment, ConsumerConfig config) {
    return new ReferenceConsumer(environment, config);
  }
}
