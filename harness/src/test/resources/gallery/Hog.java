package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;

import java.util.ArrayList;
import java.util.List;

/** Hostile: allocates until the heap is gone when a client is asked for. */
public class Hog extends Parts {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    List<long[]> hoard = new ArrayList<>();
    while (true) {
      hoard.add(new long[1 << 20]);
    }
  }
}
