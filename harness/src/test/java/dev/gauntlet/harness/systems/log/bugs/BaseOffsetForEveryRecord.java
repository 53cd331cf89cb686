package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.reference.log.ReferenceProducer;
import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;

/**
 * Planted bug: the producer tells every record of a batch the batch's base offset.
 * {@code log.broker.clients} must catch it.
 */
public final class BaseOffsetForEveryRecord extends ReferenceLogFactory {

  @Override
  public Producer newProducer(ClientEnvironment env, ProducerConfig config) {
    return new ReferenceProducer(env, config) {
      @Override
      protected long offsetOf(long baseOffset, int index) {
        return baseOffset;
      }
    };
  }
}
