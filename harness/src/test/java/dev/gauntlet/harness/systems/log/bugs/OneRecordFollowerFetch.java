package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: followers fetch one record per request, so a batch of 64 needs 64 round trips
 * before acks=all can be answered. Correct, and slow: {@code log.perf.produce-acks-all} must
 * score it below full marks.
 */
public final class OneRecordFollowerFetch extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected int followerFetchMaxRecords() {
        return 1;
      }
    };
  }
}
