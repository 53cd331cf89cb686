package dev.gauntlet.specs.log;

/**
 * Creates the parts of a candidate's partitioned, replicated log. The harness finds exactly one
 * implementation with {@link java.util.ServiceLoader}: list its class name in
 * {@code META-INF/services/dev.gauntlet.specs.log.LogFactory}. It needs a public no-argument
 * constructor.
 *
 * <p>Every object returned keeps its state in its own fields: a crash drops the object (its
 * memory) and keeps only its {@link Disk}; static state would survive a crash that real memory
 * does not.
 */
public interface LogFactory {

  /**
   * Starts a broker: at the beginning, and again after each crash, over the same disk. Recover
   * what the disk holds here.
   *
   * @param environment its id, network, disk, clock, controller and settings
   * @return the running broker
   */
  Broker newBroker(BrokerEnvironment environment);

  /**
   * Creates a producer.
   *
   * @param environment its id, network, clock and metadata
   * @param config its settings
   * @return the producer
   */
  Producer newProducer(ClientEnvironment environment, ProducerConfig config);

  /**
   * Creates a consumer.
   *
   * @param environment its id, network, clock and metadata
   * @param config its settings
   * @return the consumer
   */
  Consumer newConsumer(ClientEnvironment environment, ConsumerConfig config);
}
