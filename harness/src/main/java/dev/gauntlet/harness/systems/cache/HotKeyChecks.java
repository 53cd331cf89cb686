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
@CheckSuite(system = "cache", name = "hotkeys", order = 4)
public class HotKeyChecks {

  static final int NODES = 10;
  static final int CLIENTS = 4;
  static final int KEYS = 10_000;
  static final double ZIPF_EXPONENT = 1.1;
  static final int OPERATIONS = 20_000;
  static final double READ_SHARE = 0.95;
  static final int REPLICATION_FACTOR = 1;
  static final long MAX_STALENESS_MILLIS = 1000;

  /**
   * Four clients run 20,000 operations (95 % gets, 5 % puts) over 10,000 keys drawn with Zipf
   * exponent 1.1, on 10 nodes, the clock advancing 1 ms per operation, after every key was
   * written once. Every get is judged as it returns: a client reads its own writes at once, and
   * another client's write within maxStaleness = 1000 ms ({@link WriteHistory}). At the end, the
   * busiest node's request count over the mean must stay within {@code maxLoadRatio}.
   *
   * <p>R = 1 here, as in Facebook's memcache: the hot-key problem is then plainest, since each
   * key has one node, and a client cannot hide it by spreading reads over replicas it must
   * write anyway.
   *
   * <p>The bound. The hottest key takes 1 / H(10^4, 1.1) = 1 / 6.60 ≈ 15 % of all operations,
   * the next ones 7.1 %, 4.5 %…, while a node's fair share is 10 %: a client that sends every
   * get to the key's node measured 1.95 to 2.02 times the mean on seeds 1 to 12. A near cache
   * that serves a hot key locally for up to maxStaleness costs about one fetch per client per
   * second for it instead: the reference measured 1.16 to 1.22 (the rest is the ring's own
   * spread with 200 virtual nodes). The default bound, 1.5, sits halfway: 0.3 above the
   * reference, 0.45 below the unmitigated client.
   */
  @Check(id = "cache.hotkeys.load", title = "Under a Zipf workload no node takes much more than"
      + " the mean load, with bounded staleness", points = 10, category = Category.PERFORMANCE)
  void load(CheckContext ctx) {
    double maxRatio = ctx.setting("maxLoadRatio", 1.5);
    SimCluster cluster = new SimCluster(ctx.factory(CacheFactory.class), NODES,
        REPLICATION_FACTOR, MAX_STALENESS_MILLIS);
    for (int i = 0; i < CLIENTS; i++) {
      cluster.newClient();
    }
    ZipfKeys keys = new ZipfKeys(KEYS, ZIPF_EXPONENT);
    WriteHistory history = new WriteHistory(MAX_STALENESS_MILLIS);
    SplittableRandom random = new SplittableRandom(ctx.seed());
    // A warm cache, as in production: every key is present, so a read of a cold key costs what
    // a read costs, not a walk of every node in search of a key nobody wrote.
    CacheClient loader = cluster.clients().get(0);
    for (int k = 1; k <= KEYS; k++) {
      loader.put("key-" + k, "init-" + k);
      history.put("client-1", "key-" + k, "init-" + k, 0);
    }
    cluster.resetRequests();
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
    // Per node, so that the HTML report can draw the load per node ("load, <node>").
    new java.util.TreeMap<>(load).forEach((node, requests) ->
        ctx.metric("load, " + node, requests, "requests"));
    if (ratio > maxRatio) {
      throw new GuaranteeViolation("hot keys: under a Zipf workload the busiest node takes at"
          + " most " + maxRatio + " times the mean load (serve a hot key from a near cache for up to"
          + " maxStaleness instead of asking its node every time)",
          String.format(Locale.ROOT, "max/mean <= %.2f", maxRatio),
          String.format(Locale.ROOT, "max/mean = %.2f (requests per node: %s)", ratio, load));
    }
  }

}
