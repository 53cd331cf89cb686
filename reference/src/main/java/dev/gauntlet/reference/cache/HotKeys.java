package dev.gauntlet.reference.cache;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One client's hot-key detector and near cache.
 *
 * <p><b>Detection.</b> Reads are counted per key in two consecutive windows of the environment's
 * clock (the current one and the one before, a two-bucket sliding window); a key read at least
 * {@link #HOT_READS} times across both is hot. A window also closes after {@link #WINDOW_READS}
 * reads, so counts age even while the virtual clock stands still, and the count maps never hold
 * more than that many keys each.
 *
 * <p><b>Near cache.</b> A hot key's answer (a value, or "absent") is kept here, LRU, at most
 * {@link #CAPACITY} keys, and served until {@code fetchedAt + maxStalenessMillis} (or the value's
 * own expiry, if sooner) and never after. So another client's write is seen within the bound:
 * any answer this cache gives was fetched from the nodes less than {@code maxStalenessMillis}
 * ago. With a bound of 0 nothing is cached.
 */
final class HotKeys {

  static final long WINDOW_MILLIS = 1_000;
  static final int WINDOW_READS = 4_096;
  static final int HOT_READS = 8;
  static final int CAPACITY = 256;

  /** A cached answer; {@code payload} null means the key was absent. */
  record Near(String payload, long validUntil) {}

  private final long maxStalenessMillis;
  private Map<String, int[]> current = new HashMap<>();
  private Map<String, int[]> previous = new HashMap<>();
  private long windowStart = Long.MIN_VALUE;
  private int readsInWindow;
  private final Map<String, Near> near =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Near> eldest) {
          return size() > CAPACITY;
        }
      };

  HotKeys(long maxStalenessMillis) {
    this.maxStalenessMillis = maxStalenessMillis;
  }

  /** Counts one read of {@code key} at {@code now}; returns whether the key is hot. */
  boolean recordRead(String key, long now) {
    if (windowStart == Long.MIN_VALUE) {
      windowStart = now;
    } else if (now - windowStart >= WINDOW_MILLIS || readsInWindow >= WINDOW_READS) {
      previous = now - windowStart >= 2 * WINDOW_MILLIS ? new HashMap<>() : current;
      current = new HashMap<>();
      windowStart = now;
      readsInWindow = 0;
    }
    readsInWindow++;
    int[] count = current.computeIfAbsent(key, k -> new int[1]);
    count[0]++;
    int[] before = previous.get(key);
    return count[0] + (before == null ? 0 : before[0]) >= HOT_READS;
  }

  /** Returns the cached answer for {@code key} if it may still be served at {@code now}. */
  Near lookup(String key, long now) {
    Near n = near.get(key);
    if (n == null) {
      return null;
    }
    if (now >= n.validUntil()) {
      near.remove(key);
      return null;
    }
    return n;
  }

  /** Caches an answer just read from the nodes; {@code payload} null for absent. */
  void remember(String key, String payload, long expiresAt, long now) {
    long until = Math.min(saturatingAdd(now, maxStalenessMillis), expiresAt);
    if (until > now) {
      near.put(key, new Near(payload, until));
    } else {
      near.remove(key);
    }
  }

  /**
   * Records this client's own write of {@code key} (payload null for a delete): a cached key gets
   * the new answer at once, so the client reads its own writes.
   */
  void ownWrite(String key, String payload, long expiresAt, long now) {
    if (near.containsKey(key)) {
      remember(key, payload, expiresAt, now);
    }
  }

  private static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
