package dev.gauntlet.reference.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LruTtlNodeStoreTests {

  private final TestClock clock = new TestClock(100);

  @Test
  void evictsExactlyTheLeastRecentlyUsed() {
    LruTtlNodeStore store = new LruTtlNodeStore(3, clock);
    store.put("a", "1");
    store.put("b", "2");
    store.put("c", "3");
    store.get("a"); // order now b, c, a
    store.put("b", "2'"); // replacing a live key: no eviction; order c, a, b
    assertEquals(3, store.size());
    store.put("d", "4"); // evicts c
    assertEquals(Optional.empty(), store.get("c"));
    store.put("e", "5"); // evicts a
    assertEquals(Optional.empty(), store.get("a"));
    assertEquals(Optional.of("2'"), store.get("b"));
    assertEquals(Optional.of("4"), store.get("d"));
    assertEquals(Optional.of("5"), store.get("e"));
  }

  @Test
  void missesDeletesAndSizeChangeNoRecency() {
    LruTtlNodeStore store = new LruTtlNodeStore(2, clock);
    store.put("a", "1");
    store.put("b", "2");
    store.get("zzz");
    store.delete("zzz");
    store.size();
    store.put("c", "3"); // a is still the LRU
    assertEquals(Optional.empty(), store.get("a"));
    assertEquals(Optional.of("2"), store.get("b"));
  }

  @Test
  void ttlBoundaryIsLiveUntilOneMillisecondBefore() {
    LruTtlNodeStore store = new LruTtlNodeStore(10, clock);
    store.put("k", "v", Duration.ofMillis(50));
    clock.advance(49);
    assertEquals(Optional.of("v"), store.get("k"));
    assertEquals(1, store.size());
    clock.advance(1);
    assertEquals(Optional.empty(), store.get("k"));
    assertEquals(0, store.size());
    assertFalse(store.delete("k"));
  }

  @Test
  void putWithoutTtlClearsTheTtlAndPutWithTtlReplacesIt() {
    LruTtlNodeStore store = new LruTtlNodeStore(10, clock);
    store.put("k", "v", Duration.ofMillis(10));
    store.put("k", "w");
    clock.advance(1_000);
    assertEquals(Optional.of("w"), store.get("k"));
    store.put("k", "x", Duration.ofMillis(10));
    clock.advance(5);
    store.put("k", "y", Duration.ofMillis(10));
    clock.advance(9);
    assertEquals(Optional.of("y"), store.get("k"));
    clock.advance(1);
    assertEquals(Optional.empty(), store.get("k"));
  }

  @Test
  void expiredEntriesGoBeforeAnyLiveEntryIsEvicted() {
    LruTtlNodeStore store = new LruTtlNodeStore(3, clock);
    store.put("old", "1"); // LRU, no TTL
    store.put("t1", "2", Duration.ofMillis(5));
    store.put("t2", "3", Duration.ofMillis(5));
    clock.advance(5);
    assertEquals(1, store.size());
    store.put("n1", "4");
    store.put("n2", "5");
    assertEquals(Optional.of("1"), store.get("old"));
    assertEquals(3, store.size());
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new LruTtlNodeStore(0, clock));
    LruTtlNodeStore store = new LruTtlNodeStore(1, clock);
    assertThrows(IllegalArgumentException.class, () -> store.put("k", "v", Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> store.put("k", "v", Duration.ofMillis(-1)));
    assertThrows(NullPointerException.class, () -> store.put(null, "v"));
    assertThrows(NullPointerException.class, () -> store.put("k", null));
  }

  @Test
  void hugeTtlsNeverOverflowIntoThePast() {
    LruTtlNodeStore store = new LruTtlNodeStore(2, clock);
    store.put("a", "1", Duration.ofMillis(Long.MAX_VALUE));
    store.put("b", "2", Duration.ofSeconds(Long.MAX_VALUE));
    clock.advance(1_000_000);
    assertEquals(Optional.of("1"), store.get("a"));
    assertEquals(Optional.of("2"), store.get("b"));
  }

  @Test
  void clearDropsEverything() {
    LruTtlNodeStore store = new LruTtlNodeStore(2, clock);
    store.put("a", "1");
    store.put("b", "2", Duration.ofMillis(5));
    store.clear();
    assertEquals(0, store.size());
    store.put("c", "3");
    store.put("d", "4");
    assertEquals(2, store.size());
  }

  /** Random operations against an obviously correct O(n) model. */
  @Test
  void agreesWithASimpleModel() {
    Random random = new Random(42);
    for (int run = 0; run < 200; run++) {
      int capacity = 1 + random.nextInt(5);
      LruTtlNodeStore store = new LruTtlNodeStore(capacity, clock);
      Model model = new Model(capacity);
      for (int step = 0; step < 300; step++) {
        String key = "k" + random.nextInt(8);
        String where = "run " + run + " step " + step;
        switch (random.nextInt(7)) {
          case 0 -> assertEquals(model.get(key), store.get(key), where);
          case 1 -> {
            store.put(key, "v" + step);
            model.put(key, "v" + step, Long.MAX_VALUE);
          }
          case 2 -> {
            long ttl = 1 + random.nextInt(10);
            store.put(key, "v" + step, Duration.ofMillis(ttl));
            model.put(key, "v" + step, clock.millis() + ttl);
          }
          case 3 -> assertEquals(model.delete(key), store.delete(key), where);
          case 4 -> assertEquals(model.size(), store.size(), where);
          case 5 -> clock.advance(random.nextInt(4));
          default -> {
            if (random.nextInt(50) == 0) {
              store.clear();
              model.entries.clear();
            } else {
              assertEquals(model.get(key), store.get(key), where);
            }
          }
        }
      }
    }
  }

  /** Exact LRU + TTL by brute force: an access-ordered map scanned in full. */
  private final class Model {
    final int capacity;
    final LinkedHashMap<String, Object[]> entries = new LinkedHashMap<>(16, 0.75f, true);

    Model(int capacity) {
      this.capacity = capacity;
    }

    void dropExpired() {
      entries.values().removeIf(e -> clock.millis() >= (long) e[1]);
    }

    Optional<String> get(String key) {
      dropExpired();
      Object[] e = entries.get(key);
      return e == null ? Optional.empty() : Optional.of((String) e[0]);
    }

    void put(String key, String value, long expiresAt) {
      dropExpired();
      if (!entries.containsKey(key) && entries.size() == capacity) {
        Iterator<String> lru = entries.keySet().iterator();
        lru.next();
        lru.remove();
      }
      entries.put(key, new Object[] {value, expiresAt});
    }

    boolean delete(String key) {
      dropExpired();
      return entries.remove(key) != null;
    }

    int size() {
      dropExpired();
      return entries.size();
    }
  }
}
