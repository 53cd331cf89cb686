package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Builds rings and counts the keys each node owns, for the statistical ring checks. */
final class RingLoad {

  private RingLoad() {}

  /** Returns a ring of {@code n} nodes, {@code node-1} to {@code node-n}. */
  static HashRing ring(CacheFactory factory, int virtualNodes, int n) {
    HashRing ring = factory.newRing(virtualNodes);
    for (int i = 1; i <= n; i++) {
      ring.addNode("node-" + i);
    }
    return ring;
  }

  /** Returns {@code count} random keys drawn from {@code seed}. */
  static String[] keys(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] keys = new String[count];
    for (int i = 0; i < count; i++) {
      keys[i] = "user:" + Long.toHexString(random.nextLong());
    }
    return keys;
  }

  /** Returns the owner of each key. */
  static String[] owners(HashRing ring, String[] keys) {
    String[] owners = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      owners[i] = ring.ownerOf(keys[i]);
    }
    return owners;
  }

  /** Returns how many keys each node owns, nodes that own none included. */
  static Map<String, Integer> load(HashRing ring, String[] keys) {
    Map<String, Integer> load = new HashMap<>();
    for (String node : ring.nodes()) {
      load.put(node, 0);
    }
    for (String key : keys) {
      load.merge(ring.ownerOf(key), 1, Integer::sum);
    }
    return load;
  }

  /** Returns the busiest node's load divided by the mean load. */
  static double maxOverMean(Map<String, Integer> load) {
    double mean = load.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    return load.values().stream().mapToInt(Integer::intValue).max().orElse(0) / mean;
  }

  /** Returns the coefficient of variation: the loads' standard deviation over their mean. */
  static double coefficientOfVariation(Map<String, Integer> load) {
    double mean = load.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    double variance = load.values().stream()
        .mapToDouble(l -> (l - mean) * (l - mean)).sum() / load.size();
    return Math.sqrt(variance) / mean;
  }
}
