package dev.gauntlet.student.log;

import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;
import dev.gauntlet.specs.log.ProducerRecord;
import dev.gauntlet.specs.log.SendCallback;

/** The producer (specs/log.md §3.3 and §5): partitioner, routing, retries, idempotence. */
public final class StudentProducer implements Producer {

  private final ClientEnvironment environment;
  private final ProducerConfig config;

  /**
   * Creates the producer.
   *
   * @param environment its id, network, clock and metadata
   * @param config its settings
   */
  public StudentProducer(ClientEnvironment environment, ProducerConfig config) {
    this.environment = environment;
    this.config = config;
  }

  @Override
  public void send(ProducerRecord record, SendCallback callback) {
    throw new UnsupportedOperationException("TODO: choose the partition (murmur2 of the key),"
        + " send a ProduceRequest to its leader with acks=" + config.acks() + " and call back"
        + " with the offset; see specs/log.md §3.3 (" + environment.clientId() + ")");
  }

  @Override
  public void onMessage(String from, Message message) {
    throw new UnsupportedOperationException("TODO: match the ProduceResponse to its batch and"
        + " call back, or retry; see specs/log.md §3.3");
  }

  @Override
  public void onTick() {
    throw new UnsupportedOperationException("TODO: resend unanswered batches, expire those past"
        + " the delivery timeout; see specs/log.md §3.3");
  }
}
