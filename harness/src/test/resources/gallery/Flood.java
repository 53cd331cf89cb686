package gallery;

import dev.gauntlet.specs.cache.HashRing;

/** Hostile: the first ring it builds prints 4 MiB to stdout and 1 MiB to stderr. */
public class Flood extends Parts {

  private boolean flooded;

  @Override
  public HashRing newRing(int virtualNodes) {
    if (!flooded) {
      flooded = true;
      String line = "flood ".repeat(170) + "\n"; // about 1 KiB
      for (int i = 0; i < 4096; i++) {
        System.out.print(line);
      }
      for (int i = 0; i < 1024; i++) {
        System.err.print(line);
      }
    }
    return super.newRing(virtualNodes);
  }
}
