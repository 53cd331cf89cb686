package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.FetchRequest;

/**
 * Planted bug: a consumer's fetch ignores maxRecords and maxBytes and returns everything up
 * to the high watermark. {@code log.broker.append-fetch} must catch it.
 */
public final class IgnoresFetchLimits extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected int recordLimit(FetchRequest req) {
        return Integer.MAX_VALUE;
      }

      @Override
      protected int byteLimit(FetchRequest req) {
        return Integer.MAX_VALUE;
      }
    };
  }
}
