package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Hot keys: a skewed workload must not pile onto one node, nor trade away freshness for it. */
@CheckSuite(system = "cache", name = "hotkeys")
public class HotKeyChecks {

  static final int NODES = 10;
  static final int CLIENTS = 4;
  static final int KEYS = 10_000;
  static final double ZIPF_EXPONENT = 1.1;
  static final int OPERATIONS = 20_000;
  static final double READ_SHARE = 0.9;
  static final long MAX_STALENESS_MILLIS = 1000;

  /**
   * Four clients run 20,000 operations (90 % gets, 10 % puts) over 10,000 keys drawn with Zipf
   * exponent 1.1, on 10 nodes with R = 3, the clock advancing 1 ms per operation. Every get is
   * judged as it returns: a client reads its own writes at once, and another client's write
   * within maxStaleness = 1000 ms. At the end, the busiest node's request count over the mean
   * must stay within {@code maxLoadRatio}.
   *
   * <p>The bound. The hottest key takes 1 / H(10^4, 1.1) ≈ 15 % of all operations, the next
   * ones 7 %, 5 %…; a client that sends every get to the nodes puts those keys' whole read
   * traffic on a few of the 10 nodes, whose mean share is 10 %: measured at about 2.3 times the
   * mean for reads answered by one node. A near cache that serves a hot key locally for up to
   * maxStaleness costs one fetch per client per second instead, leaving the keys' spread on the
   * ring: the reference measures about {@value #REFERENCE_NOTE}. The default bound, 1.6, leaves
   * a margin above the reference and stays well below the unmitigated figure.
   */
  @Check(id = "cache.hotkeys.load", title = "Under a Zipf workload no node takes much more than"
      + " the mean load, with bounded staleness", points = 10, category = Category.PERFORMANCE)
  void load(CheckContext ctx) {
    double maxRatio = ctx.setting("maxLoadRatio", 1.6);
    SimCluster cluster = new SimCluster(ctx.factory(CacheFactory.class), NODES,
        SimCluster.DEFAULT_REPLICATION_FACTOR, MAX_STALENESS_MILLIS);
    for (int i = 0; i < CLIENTS; i++) {
      cluster.newClient();
    }
    ZipfKeys keys = new ZipfKeys(KEYS, ZIPF_EXPONENT);
    WriteHistory history = new WriteHistory(MAX_STALENESS_MILLIS);
    SplittableRandom random = new SplittableRandom(ctx.seed());
    for (int op = 1; op <= OPERATIONS; op++) {
      cluster.clock().advance(1);
      int c = random.nextInt(CLIENTS);
      CacheClient client = cluster.clients().get(c);
      String clientId = "client-" + (c + 1);
      String key = keys.next(random);
      long now = cluster.clock().millis();
      if (random.nextDouble() < READ_SHARE) {
        Optional<String> got = client.get(key);
        history.checkRead(clientId, key, now, got == null ? Optional.empty() : got);
      } else {
        String value = "v" + op;
        client.put(key, value);
        history.put(clientId, key, value, now);
      }
    }
    Map<String, Long> load = cluster.requestsPerNode();
    long total = load.values().stream().mapToLong(Long::longValue).sum();
    long max = load.values().stream().mapToLong(Long::longValue).max().orElse(0);
    double mean = (double) total / NODES;
    double ratio = mean == 0 ? 0 : max / mean;
    ctx.metric("max-over-mean-load", ratio, "ratio");
    ctx.metric("requests-per-operation", (double) total / OPERATIONS, "requests");
    if (ratio > maxRatio) {
      throw new GuaranteeViolation("hot keys: under a Zipf workload the busiest node takes at"
          + " most " + maxRatio + " times the mean load (use a near cache bounded by"
          + " maxStaleness, or spread a hot key's reads over its replicas)",
          String.format(Locale.ROOT, "max/mean <= %.2f", maxRatio),
          String.format(Locale.ROOT, "max/mean = %.2f (requests per node: %s)", ratio, load));
    }
  }

}
