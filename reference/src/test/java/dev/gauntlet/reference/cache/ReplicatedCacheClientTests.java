package dev.gauntlet.reference.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.NodeUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ReplicatedCacheClientTests {

  @Test
  void theFactoryIsRegistered() {
    List<CacheFactory> found = new ArrayList<>();
    ServiceLoader.load(CacheFactory.class).forEach(found::add);
    assertEquals(1, found.size());
    assertTrue(found.get(0) instanceof ReferenceCacheFactory);
  }

  @Test
  void putGetDeleteAndTtl() {
    TestCluster cluster = new TestCluster(5, 2, 0);
    CacheClient client = cluster.newClient("c1");
    assertEquals(Optional.empty(), client.get("k"));
    client.put("k", "v|with|bars");
    assertEquals(Optional.of("v|with|bars"), client.get("k"));
    client.delete("k");
    assertEquals(Optional.empty(), client.get("k"));
    client.put("t", "x", Duration.ofMillis(10));
    cluster.clock.advance(9);
    assertEquals(Optional.of("x"), client.get("t"));
    cluster.clock.advance(1);
    assertEquals(Optional.empty(), client.get("t"));
    assertThrows(IllegalArgumentException.class, () -> client.put("t", "x", Duration.ZERO));
    // Exactly R nodes hold a key.
    client.put("r", "1");
    long holders = cluster.nodes.values().stream().filter(n -> n.peek("r").isPresent()).count();
    assertEquals(2, holders);
  }

  @Test
  void rMinusOneCrashesLoseNothingAndEmptyRestartsHideNothing() {
    TestCluster cluster = new TestCluster(6, 3, 0);
    CacheClient client = cluster.newClient("c1");
    for (int k = 0; k < 500; k++) {
      client.put("key-" + k, "v" + k);
    }
    cluster.node("node-1").crash();
    cluster.node("node-4").crash();
    for (int k = 0; k < 500; k++) {
      assertEquals(Optional.of("v" + k), client.get("key-" + k));
    }
    cluster.node("node-1").restart();
    cluster.node("node-4").restart();
    for (int k = 0; k < 500; k++) {
      assertEquals(Optional.of("v" + k), client.get("key-" + k));
    }
  }

  /**
   * The case that asking only the first R live nodes gets wrong: the owner is down at the write, so
   * the value goes to the next two; the owner restarts empty, then the second replica crashes and
   * restarts empty. One crash since the write (R - 1): the value must still be read.
   */
  @Test
  void aNodeDownAtTheWriteThatRestartsEmptyDoesNotHideTheValue() {
    TestCluster cluster = new TestCluster(5, 2, 0);
    CacheClient client = cluster.newClient("c1");
    List<String> list = cluster.preferenceList("k");
    cluster.node(list.get(0)).crash();
    client.put("k", "v");
    cluster.node(list.get(0)).restart();
    cluster.node(list.get(1)).crash();
    cluster.node(list.get(1)).restart();
    assertEquals(Optional.empty(), cluster.node(list.get(0)).peek("k"));
    assertEquals(Optional.empty(), cluster.node(list.get(1)).peek("k"));
    assertEquals(Optional.of("v"), client.get("k"));
    // Read repair put it back on the first R live nodes.
    assertTrue(cluster.node(list.get(0)).peek("k").isPresent());
    assertTrue(cluster.node(list.get(1)).peek("k").isPresent());
  }

  @Test
  void aNodeThatLeftAndRejoinedNeverServesWhatWasOverwritten() {
    TestCluster cluster = new TestCluster(5, 2, 0);
    CacheClient client = cluster.newClient("c1");
    String owner = cluster.preferenceList("k").get(0);
    client.put("k", "v1");
    client.put("gone", "x");
    String goneOwner = cluster.preferenceList("gone").get(0);
    cluster.leave(owner);
    if (!goneOwner.equals(owner)) {
      cluster.leave(goneOwner);
    }
    client.put("k", "v2");
    client.delete("gone");
    cluster.join(owner);
    if (!goneOwner.equals(owner)) {
      cluster.join(goneOwner);
    }
    assertEquals(owner, cluster.preferenceList("k").get(0));
    assertEquals(Optional.of("v2"), client.get("k"));
    assertEquals(Optional.empty(), client.get("gone"));
  }

  /** An older value further down the list must not resurface when the newer one expires. */
  @Test
  void anExpiredValueDoesNotUncoverAnOlderOne() {
    TestCluster cluster = new TestCluster(5, 2, 0);
    CacheClient client = cluster.newClient("c1");
    List<String> list = cluster.preferenceList("k");
    cluster.node(list.get(0)).crash();
    client.put("k", "old"); // on list[1], list[2]
    cluster.node(list.get(0)).restart();
    client.put("k", "new", Duration.ofMillis(10)); // on list[0], list[1]; list[2] cleaned
    cluster.clock.advance(10);
    assertEquals(Optional.empty(), client.get("k"));
  }

  @Test
  void failsOnlyWhenNoNodeIsUp() {
    TestCluster cluster = new TestCluster(3, 2, 0);
    CacheClient client = cluster.newClient("c1");
    client.put("k", "v");
    cluster.node("node-0").crash();
    cluster.node("node-1").crash();
    client.put("k", "w");
    assertEquals(Optional.of("w"), client.get("k"));
    cluster.node("node-2").crash();
    assertThrows(NodeUnavailableException.class, () -> client.get("k"));
    assertThrows(NodeUnavailableException.class, () -> client.put("k", "x"));
    assertThrows(NodeUnavailableException.class, () -> client.delete("k"));
  }

  @Test
  void hotKeysReadTheirWritesAndSeeOthersWithinTheBound() {
    long bound = 100;
    TestCluster cluster = new TestCluster(5, 2, bound);
    CacheClient reader = cluster.newClient("reader");
    CacheClient writer = cluster.newClient("writer");
    writer.put("hot", "v1");
    for (int i = 0; i < 50; i++) {
      assertEquals(Optional.of("v1"), reader.get("hot")); // now hot and near-cached
    }
    reader.put("hot", "mine");
    assertEquals(Optional.of("mine"), reader.get("hot"));
    reader.delete("hot");
    assertEquals(Optional.empty(), reader.get("hot"));
    reader.put("hot", "again");
    assertEquals(Optional.of("again"), reader.get("hot"));
    long written = cluster.clock.millis();
    writer.put("hot", "v2");
    while (cluster.clock.millis() < written + bound) {
      Optional<String> seen = reader.get("hot");
      assertTrue(seen.equals(Optional.of("again")) || seen.equals(Optional.of("v2")), "" + seen);
      cluster.clock.advance(7);
    }
    assertEquals(Optional.of("v2"), reader.get("hot"));
    // A near-cached value never outlives its TTL.
    reader.put("hot", "brief", Duration.ofMillis(5));
    for (int i = 0; i < 5; i++) {
      assertEquals(Optional.of("brief"), reader.get("hot"));
      cluster.clock.advance(1);
    }
    assertEquals(Optional.empty(), reader.get("hot"));
  }

  /**
   * Random operations, crashes, restarts, leaves and joins over two clients against a model: a get
   * returns the latest write of the key, or nothing if as many crashes as it has copies, or a
   * leave, came since; never an older value, and nothing after a delete or an expiry.
   */
  @Test
  void randomHistoriesAgreeWithTheModel() {
    Random random = new Random(2024);
    for (int run = 0; run < 300; run++) {
      int replication = 1 + random.nextInt(3);
      TestCluster cluster = new TestCluster(5, replication, 0);
      List<CacheClient> clients = List.of(cluster.newClient("a"), cluster.newClient("b"));
      Map<String, Latest> model = new HashMap<>();
      List<String> trace = new ArrayList<>();
      for (int step = 0; step < 120; step++) {
        String key = "k" + random.nextInt(6);
        CacheClient client = clients.get(random.nextInt(2));
        String nodeId = "node-" + random.nextInt(5);
        MemoryNode node = cluster.node(nodeId);
        long upMembers =
            cluster.members.values().stream().filter(n -> !n.isDown()).count();
        int op = random.nextInt(12);
        trace.add(step + ": op " + op + " " + key + " " + nodeId);
        String where = "run " + run + " R=" + replication + "\n" + String.join("\n", trace);
        long now = cluster.clock.millis();
        switch (op) {
          case 0, 1 -> {
            client.put(key, "v" + step);
            model.put(key, new Latest("v" + step, Long.MAX_VALUE, copies(replication, upMembers)));
          }
          case 2 -> {
            long ttl = 1 + random.nextInt(20);
            client.put(key, "v" + step, Duration.ofMillis(ttl));
            model.put(key, new Latest("v" + step, now + ttl, copies(replication, upMembers)));
          }
          case 3 -> {
            client.delete(key);
            model.put(key, new Latest(null, Long.MAX_VALUE, 0));
          }
          case 4, 5, 6 -> {
            Latest latest = model.get(key);
            Optional<String> got = client.get(key);
            if (latest == null || latest.value == null || now >= latest.expiresAt) {
              assertEquals(Optional.empty(), got, where);
            } else if (latest.crashes < latest.copies && !latest.afterLeave) {
              assertEquals(Optional.of(latest.value), got, where);
            } else {
              assertTrue(got.isEmpty() || got.get().equals(latest.value), where + "\ngot " + got);
            }
          }
          case 7 -> {
            boolean member = cluster.members.containsKey(nodeId);
            if (!node.isDown() && (!member || upMembers > 1)) {
              node.crash();
              model.values().forEach(l -> l.crashes++);
            }
          }
          case 8 -> node.restart();
          case 9 -> {
            if (cluster.members.containsKey(nodeId) && upMembers > 1 && !node.isDown()) {
              cluster.leave(nodeId);
              model.values().forEach(l -> l.afterLeave = true);
            }
          }
          case 10 -> {
            if (!cluster.members.containsKey(nodeId)) {
              cluster.join(nodeId);
            }
          }
          default -> cluster.clock.advance(random.nextInt(5));
        }
      }
    }
  }

  private static final class Latest {
    final String value;
    final long expiresAt;
    /** R, or fewer if fewer members were up at the write: it survives copies - 1 crashes. */
    final long copies;
    int crashes;
    boolean afterLeave;

    Latest(String value, long expiresAt, long copies) {
      this.value = value;
      this.expiresAt = expiresAt;
      this.copies = copies;
    }
  }

  private static long copies(int replication, long upMembers) {
    return Math.min(replication, upMembers);
  }

  @Test
  void zipfLoadOnTheBusiestNodeStaysNearTheMean() {
    double withNearCache = zipfMaxOverMean(100);
    double without = zipfMaxOverMean(0);
    System.out.printf(
        "cache hot keys: Zipf s=1.1, 10^4 keys, 10 nodes, R=2: node max/mean = %.3f"
            + " (near cache off: %.3f)%n",
        withNearCache, without);
    assertTrue(withNearCache <= 1.5, "max/mean " + withNearCache);
  }

  /** Cache-aside traffic (get; put on a miss; 5 % updates) from three clients. */
  private static double zipfMaxOverMean(long maxStalenessMillis) {
    int keys = 10_000;
    double[] cdf = new double[keys];
    double sum = 0;
    for (int i = 0; i < keys; i++) {
      sum += Math.pow(i + 1, -1.1);
      cdf[i] = sum;
    }
    TestCluster cluster = new TestCluster(10, 2, maxStalenessMillis);
    List<CacheClient> clients =
        List.of(cluster.newClient("a"), cluster.newClient("b"), cluster.newClient("c"));
    Random random = new Random(11);
    for (int op = 0; op < 250_000; op++) {
      if (op == 50_000) {
        cluster.nodes.values().forEach(MemoryNode::resetRequests);
      }
      int rank = Arrays.binarySearch(cdf, random.nextDouble() * sum);
      String key = "key-" + (rank < 0 ? -rank - 1 : rank);
      CacheClient client = clients.get(op % clients.size());
      if (random.nextInt(100) < 5) {
        client.put(key, "u" + op);
      } else if (client.get(key).isEmpty()) {
        client.put(key, "v" + op);
      }
      cluster.clock.advance(1);
    }
    long max = cluster.nodes.values().stream().mapToLong(MemoryNode::requests).max().orElseThrow();
    double mean =
        cluster.nodes.values().stream().mapToLong(MemoryNode::requests).average().orElseThrow();
    return max / mean;
  }
}
