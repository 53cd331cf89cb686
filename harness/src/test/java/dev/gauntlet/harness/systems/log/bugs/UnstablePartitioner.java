package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.reference.log.ReferenceProducer;
import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;

/**
 * Planted bug: the partitioner mixes the producer object's identity hash into the key's
 * hash, so each producer sends a key to its own partition. {@code log.broker.partitioner} must
 * catch it.
 */
public final class UnstablePartitioner extends ReferenceLogFactory {

  @Override
  public Producer newProducer(ClientEnvironment env, ProducerConfig config) {
    return new ReferenceProducer(env, config) {
      @Override
      protected int partitionFor(String key, int partitions) {
        return Math.floorMod(key.hashCode() ^ System.identityHashCode(this), partitions);
      }
    };
  }
}
