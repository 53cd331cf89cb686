package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;

/** Hostile: ends the JVM when a client is asked for. */
public class Exits extends Parts {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    System.exit(7);
    return null;
  }
}
