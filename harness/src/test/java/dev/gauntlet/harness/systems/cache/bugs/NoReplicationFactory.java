package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;

/**
 * Planted bug: no replication. The client writes every key to its owner only (the reference
 * client told R = 1), so the owner's crash loses the write. {@code cache.replication.crash} must
 * catch it.
 */
public final class NoReplicationFactory extends BuggyClientFactory {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    return reference.newClient(ChangedEnvironment.replication(environment, 1));
  }
}
