package dev.gauntlet.harness.check;

import java.nio.charset.StandardCharsets;

/** Derives every seed of a run from the one seed the run prints. */
public final class Seeds {

  private Seeds() {}

  /**
   * Returns the seed of one check. It depends only on the run's seed and the check's id, so a run
   * of one check replays what the same check did in a full run.
   */
  public static long forCheck(long runSeed, String checkId) {
    long h = 0xcbf29ce484222325L; // FNV-1a over the id's bytes: stable across JVMs and versions
    for (byte b : checkId.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return mix(runSeed ^ h);
  }

  /** SplitMix64's finaliser: spreads nearby inputs over the whole range. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
