package dev.gauntlet.harness.systems.log.bugs.design;

import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;

/**
 * The base of the planted log design bugs: {@link IdleBroker}, {@link IdleProducer} and
 * {@link IdleConsumer}, none of which depends on the reference or the harness's main classes.
 * The other planted log bugs delegate to the reference, itself a design violation
 * ({@code log.design.specs-only}); a design bug built on this base breaks exactly one rule.
 * {@link dev.gauntlet.harness.systems.log.bugs.design.clean.StandAloneLogParts} proves the base
 * breaks none. (Design checks read code; beyond one {@code replicaState} they run none of it.)
 */
public abstract class StandAloneLogFactory implements LogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment environment) {
    return new IdleBroker(environment);
  }

  @Override
  public Producer newProducer(ClientEnvironment environment, ProducerConfig config) {
    return new IdleProducer(environment);
  }

  @Override
  public Consumer newConsumer(ClientEnvironment environment, ConsumerConfig config) {
    return new IdleConsumer(environment);
  }
}
