package dev.gauntlet.harness.systems.log.bugs.design.wallclock;

import dev.gauntlet.harness.systems.log.bugs.design.IdleBroker;
import dev.gauntlet.harness.systems.log.bugs.design.StandAloneLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: the broker paces its controller heartbeats by {@code System.currentTimeMillis}
 * instead of the environment's Clock, so the simulation's session timeouts do not line up with
 * them. Must fail {@code log.design.no-wall-clock}.
 */
public final class WallClockHeartbeats extends StandAloneLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment environment) {
    return new IdleBroker(environment) {
      private long lastHeartbeat;

      @Override
      public void onTick() {
        long now = System.currentTimeMillis();
        if (now - lastHeartbeat >= environment.config().brokerHeartbeatIntervalMs()) {
          lastHeartbeat = now;
          environment.controller().heartbeat();
        }
      }
    };
  }
}
