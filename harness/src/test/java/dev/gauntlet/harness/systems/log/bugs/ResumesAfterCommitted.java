package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceConsumer;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;

/**
 * Planted bug: the consumer treats a committed offset as the last record processed (Maelstrom's
 * meaning, not Kafka's) and resumes one past it, so the record at the committed offset is never
 * delivered. {@code log.groups.at-least-once} must catch it.
 */
public final class ResumesAfterCommitted extends ReferenceLogFactory {

  @Override
  public Consumer newConsumer(ClientEnvironment env, ConsumerConfig config) {
    return new ReferenceConsumer(env, config) {
      @Override
      protected long startPosition(Long committed) {
        return committed == null ? 0 : committed + 1;
      }
    };
  }
}
