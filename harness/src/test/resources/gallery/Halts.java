package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;

/** Hostile: halts the JVM (no shutdown hooks run) when a client is asked for. */
public class Halts extends Parts {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    Runtime.getRuntime().halt(9);
    return null;
  }
}
