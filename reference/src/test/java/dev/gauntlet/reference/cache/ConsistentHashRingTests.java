package dev.gauntlet.reference.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsistentHashRingTests {

  private static final int KEYS = 1_000_000;

  private static List<String> nodeIds(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("node-" + i);
    }
    return ids;
  }

  private static ConsistentHashRing ringOf(int vnodes, List<String> ids) {
    ConsistentHashRing ring = new ConsistentHashRing(vnodes);
    ids.forEach(ring::addNode);
    return ring;
  }

  @Test
  void hashIsMurmur3X64First64Bits() {
    // Published vectors for MurmurHash3_x64_128, seed 0: h1 of the 128-bit result.
    assertEquals(0L, Murmur3.hash64(new byte[0]));
    assertEquals(
        0xe34bbc7bbc071b6cL,
        Murmur3.hash64("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void placementDependsOnlyOnMembershipAndKey() {
    List<String> ids = nodeIds(8);
    ConsistentHashRing a = ringOf(50, ids);
    List<String> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, new Random(7));
    ConsistentHashRing b = new ConsistentHashRing(50);
    b.addNode("extra");
    shuffled.forEach(b::addNode);
    b.removeNode("extra");
    b.addNode(ids.get(0)); // already there: no change
    for (int k = 0; k < 20_000; k++) {
      String key = "key-" + k;
      assertEquals(a.replicasFor(key, 3), b.replicasFor(key, 3), key);
    }
  }

  @Test
  void collisionsAreBrokenBySmallestNodeIdWhateverTheOrder() {
    // A hash with only 16 positions: most virtual nodes collide.
    ConsistentHashRing ab = new ConsistentHashRing(5, s -> Math.floorMod(s.hashCode(), 16));
    ConsistentHashRing ba = new ConsistentHashRing(5, s -> Math.floorMod(s.hashCode(), 16));
    List<String> ids = List.of("a", "b", "c", "d");
    ids.forEach(ab::addNode);
    for (int i = ids.size() - 1; i >= 0; i--) {
      ba.addNode(ids.get(i));
    }
    ab.removeNode("b");
    ba.removeNode("b");
    ConsistentHashRing fresh = new ConsistentHashRing(5, s -> Math.floorMod(s.hashCode(), 16));
    List.of("d", "a", "c").forEach(fresh::addNode);
    for (int k = 0; k < 1_000; k++) {
      String key = "key-" + k;
      assertEquals(fresh.replicasFor(key, 3), ab.replicasFor(key, 3));
      assertEquals(fresh.replicasFor(key, 3), ba.replicasFor(key, 3));
    }
  }

  @Test
  void joinMovesKeysOnlyToTheNewNodeAndLeaveOnlyTheLeaversKeys() {
    List<String> ids = nodeIds(10);
    ConsistentHashRing ring = ringOf(200, ids);
    int keys = 200_000;
    String[] before = new String[keys];
    for (int k = 0; k < keys; k++) {
      before[k] = ring.ownerOf("key-" + k);
    }
    ring.addNode("node-new");
    int moved = 0;
    for (int k = 0; k < keys; k++) {
      String after = ring.ownerOf("key-" + k);
      if (!after.equals(before[k])) {
        assertEquals("node-new", after);
        moved++;
      }
    }
    double fraction = (double) moved / keys;
    System.out.printf(
        "cache ring: join of an 11th node moved %.4f of keys (1/(N+1) = %.4f)%n", fraction, 1 / 11.0);
    assertTrue(fraction < 1.5 / 11, "moved " + fraction);
    ring.removeNode("node-new");
    ring.removeNode("node-3");
    for (int k = 0; k < keys; k++) {
      String after = ring.ownerOf("key-" + k);
      if (!before[k].equals("node-3")) {
        assertEquals(before[k], after);
      } else {
        assertTrue(!after.equals("node-3"));
      }
    }
  }

  @Test
  void balanceAtTwoHundredVirtualNodes() {
    double ratio = maxOverMean(200, 10, KEYS);
    System.out.printf("cache ring: 10 nodes x 200 vnodes, 10^6 keys: max/mean = %.3f%n", ratio);
    assertTrue(ratio <= 1.15, "max/mean " + ratio);
  }

  @Test
  void spreadFallsAsVirtualNodesGrow() {
    double one = maxOverMean(1, 10, 200_000);
    double ten = maxOverMean(10, 10, 200_000);
    double hundred = maxOverMean(100, 10, 200_000);
    double thousand = maxOverMean(1000, 10, 200_000);
    System.out.printf(
        "cache ring: max/mean at 1, 10, 100, 1000 vnodes: %.3f %.3f %.3f %.3f%n",
        one, ten, hundred, thousand);
    assertTrue(one > ten && ten > hundred && hundred > thousand);
  }

  private static double maxOverMean(int vnodes, int nodes, int keys) {
    ConsistentHashRing ring = ringOf(vnodes, nodeIds(nodes));
    Map<String, Integer> owned = new HashMap<>();
    for (int k = 0; k < keys; k++) {
      owned.merge(ring.ownerOf("key-" + k), 1, Integer::sum);
    }
    int max = owned.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    return max / ((double) keys / nodes);
  }

  @Test
  void replicasAreDistinctOwnerFirstAndPrefixesOfEachOther() {
    ConsistentHashRing ring = ringOf(200, nodeIds(5));
    for (int k = 0; k < 5_000; k++) {
      String key = "key-" + k;
      List<String> all = ring.replicasFor(key, 5);
      assertEquals(5, Set.copyOf(all).size());
      assertEquals(ring.ownerOf(key), all.get(0));
      for (int r = 1; r <= 5; r++) {
        assertEquals(all.subList(0, r), ring.replicasFor(key, r));
      }
      assertEquals(all, ring.replicasFor(key, 9));
    }
  }

  @Test
  void rejectsBadArgumentsAndEmptyRings() {
    ConsistentHashRing ring = new ConsistentHashRing(3);
    assertThrows(IllegalStateException.class, () -> ring.ownerOf("k"));
    assertThrows(IllegalStateException.class, () -> ring.replicasFor("k", 1));
    ring.addNode("a");
    assertThrows(IllegalArgumentException.class, () -> ring.replicasFor("k", 0));
    assertThrows(IllegalArgumentException.class, () -> new ConsistentHashRing(0));
    ring.removeNode("a");
    ring.removeNode("a");
    assertEquals(Set.of(), ring.nodes());
    assertThrows(IllegalStateException.class, () -> ring.ownerOf("k"));
  }
}
