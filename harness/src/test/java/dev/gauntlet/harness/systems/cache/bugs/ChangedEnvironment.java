package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.NodeHandle;
import java.util.List;

/** The harness's environment with R or the staleness bound changed, to plant a bug in one knob. */
record ChangedEnvironment(CacheEnvironment original, int replicationFactor,
    long maxStalenessMillis) implements CacheEnvironment {

  static ChangedEnvironment replication(CacheEnvironment env, int r) {
    return new ChangedEnvironment(env, r, env.maxStalenessMillis());
  }

  static ChangedEnvironment staleness(CacheEnvironment env, long millis) {
    return new ChangedEnvironment(env, env.replicationFactor(), millis);
  }

  @Override
  public List<NodeHandle> nodes() {
    return original.nodes();
  }

  @Override
  public Clock clock() {
    return original.clock();
  }

  @Override
  public String clientId() {
    return original.clientId();
  }
}
