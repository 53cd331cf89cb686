package dev.gauntlet.student.log;

import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;

/**
 * Your partitioned, replicated log. The harness finds this class through
 * {@code META-INF/services/dev.gauntlet.specs.log.LogFactory}; keep that file listing it (or
 * whatever you rename it to). Each method returns a new object that keeps its state in its own
 * fields: no static mutable state, or a simulated crash will not lose a broker's memory.
 *
 * <p>Work in the stages of {@code specs/log.md}: (1) one broker: append and fetch, the
 * partitioner, a producer and an assigning consumer; (2) followers, ISR, high watermark,
 * min.insync.replicas; (3) leader epochs and truncation, failover, idempotence; (4) consumer
 * groups. The checks of each stage use only what that stage and the ones before it need.
 */
public final class StudentLogFactory implements LogFactory {

  /** Creates the factory; the harness calls this through {@link java.util.ServiceLoader}. */
  public StudentLogFactory() {}

  @Override
  public Broker newBroker(BrokerEnvironment environment) {
    return new StudentBroker(environment);
  }

  @Override
  public Producer newProducer(ClientEnvironment environment, ProducerConfig config) {
    return new StudentProducer(environment, config);
  }

  @Override
  public Consumer newConsumer(ClientEnvironment environment, ConsumerConfig config) {
    return new StudentConsumer(environment, config);
  }
}
