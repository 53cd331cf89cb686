package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;

/**
 * Planted bug: no hot-key mitigation. Every get goes to the key's replicas (the reference client
 * told the staleness bound is 0, which turns its near cache and replica rotation off), so the
 * nodes holding the hottest keys take their whole read traffic. {@code cache.hotkeys.load} must
 * catch it (the load bound).
 */
public final class NoHotKeyMitigationFactory extends BuggyClientFactory {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    return reference.newClient(ChangedEnvironment.staleness(environment, 0));
  }
}
