package dev.gauntlet.reference.cache;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeHandle;
import dev.gauntlet.specs.cache.NodeUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A client that replicates every key on R nodes of its own consistent-hashing ring.
 *
 * <h2>The protocol</h2>
 *
 * <p>The <i>preference list</i> of a key is {@code ring.replicasFor(key, N)}: every member, in
 * walk order. "Live" means "did not throw {@link NodeUnavailableException} just now".
 *
 * <ul>
 *   <li><b>put</b> stores the value, versioned (see {@link VersionedValue}), on the first R live
 *       nodes of the list (the <i>write set</i>), and deletes the key from every other live member.
 *       It fails only if no member is live.
 *   <li><b>delete</b> deletes the key from every live member. No tombstones.
 *   <li><b>get</b> walks the list, asking live nodes, until it has asked R live nodes and found a
 *       value, or the list ends; it returns the newest value found, and writes it back to those of
 *       the first R live nodes that lacked it (read repair).
 *   <li><b>nodeJoined</b> clears the joining node before it enters the ring; <b>nodeLeft</b> takes
 *       the node out of the ring.
 * </ul>
 *
 * <h2>Why no read is stale or lost</h2>
 *
 * <p><b>Invariant: every copy of a key on a live member is a copy of the latest completed write
 * of that key.</b> A put leaves the value on its write set and deletes the key from every other
 * member that answered; a delete removes it from every member that answered. A member that did
 * not answer was crashed, and a crashed node restarts empty (the contract of {@link NodeHandle}).
 * A node that left kept its old copies but had them wiped when it joined again: this is the
 * lesson of Facebook's memcache (NSDI'13), where a returning server may hold values overwritten
 * while it was away. Read repair only copies what a read found, which by the invariant is the
 * latest. Eviction and expiry only remove copies.
 *
 * <p><b>No acknowledged write is lost while at most R - 1 nodes have crashed since.</b> The write
 * set W has R nodes (fewer only if fewer were live), so some {@code w} in W has not crashed since
 * and still holds the value. A get returns as soon as it has asked R live nodes and found
 * <i>something</i>, and otherwise keeps walking; by the invariant whatever it finds is the latest
 * value, and if it finds nothing earlier it reaches {@code w}. So a node that restarted empty
 * causes a longer walk, never a miss, and never lets an older value win.
 *
 * <p>Asking only the first R live nodes would not be enough: a node down when the value was
 * written (so skipped, and the value went one node further) may restart empty and then sit ahead
 * of {@code w} together with a crashed-and-restarted member of W. Neither has the value; walking
 * on does. Deleting the key from the rest of the list on every write is what makes walking on
 * safe: without it, a node further along could still hold an older value, which would resurface
 * once the newer copies expired or left.
 *
 * <p>Versions (the writer's clock and counter, ties broken by writer id) order values only when
 * two clients write the same key concurrently from different threads; in a sequential history the
 * invariant leaves one value to find.
 *
 * <h2>Hot keys</h2>
 *
 * <p>See {@link HotKeys}: a hot key's answer is served from this client's near cache for at most
 * {@link CacheEnvironment#maxStalenessMillis()}; the client's own writes update the near cache at
 * once (read your writes). When a hot key's entry must be refreshed, one of its first R
 * replicas, in rotation, is asked; by the invariant any value it holds is the latest, so only a
 * miss there needs the full read. Requests for hot keys thus spread over R nodes instead of
 * piling on the owner.
 *
 * <p><b>Assumption.</b> The harness tells every client of a join before any client writes to the
 * joining node; otherwise one client's clear could wipe another's fresh write there.
 */
public final class ReplicatedCacheClient implements CacheClient {

  private final Clock clock;
  private final int replicas;
  private final String clientId;
  private final HashRing ring = new ConsistentHashRing(CacheFactory.DEFAULT_VIRTUAL_NODES);
  private final Map<String, NodeHandle> handles = new HashMap<>();
  /** Null when the staleness bound is 0: nothing may be cached then. */
  private final HotKeys hotKeys;
  private long lastVersion;
  private int rotation;

  /**
   * Creates a client over the environment's current members. Their contents are kept.
   *
   * @param environment the nodes, clock and settings
   */
  public ReplicatedCacheClient(CacheEnvironment environment) {
    Objects.requireNonNull(environment, "environment");
    this.clock = environment.clock();
    this.replicas = Math.max(1, environment.replicationFactor());
    this.clientId = environment.clientId();
    long bound = environment.maxStalenessMillis();
    this.hotKeys = bound > 0 ? new HotKeys(bound) : null;
    for (NodeHandle node : environment.nodes()) {
      handles.put(node.id(), node);
      ring.addNode(node.id());
    }
  }

  @Override
  public Optional<String> get(String key) {
    Objects.requireNonNull(key, "key");
    long now = clock.millis();
    if (hotKeys == null) {
      return payloadOf(read(key, now));
    }
    boolean hot = hotKeys.recordRead(key, now);
    HotKeys.Near near = hotKeys.lookup(key, now);
    if (near != null) {
      return Optional.ofNullable(near.payload());
    }
    if (!hot) {
      return payloadOf(read(key, now));
    }
    VersionedValue value = readOneReplica(key, now);
    if (value == null) {
      value = read(key, now);
    }
    if (value == null) {
      hotKeys.remember(key, null, VersionedValue.NEVER, now);
    } else {
      hotKeys.remember(key, value.payload(), value.expiresAt(), now);
    }
    return payloadOf(value);
  }

  @Override
  public void put(String key, String value) {
    write(key, Objects.requireNonNull(value, "value"), null);
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    write(key, value, ttl);
  }

  @Override
  public void delete(String key) {
    Objects.requireNonNull(key, "key");
    long now = clock.millis();
    NodeUnavailableException down = null;
    boolean reached = false;
    for (String id : preferenceList(key)) {
      try {
        handles.get(id).delete(key);
        reached = true;
      } catch (NodeUnavailableException e) {
        down = e;
      }
    }
    if (!reached) {
      throw down;
    }
    if (hotKeys != null) {
      hotKeys.ownWrite(key, null, VersionedValue.NEVER, now);
    }
  }

  @Override
  public void nodeJoined(NodeHandle node) {
    Objects.requireNonNull(node, "node");
    String id = node.id();
    if (handles.put(id, node) != null) {
      return; // already a member: it never left, so what it holds is current
    }
    try {
      // It may hold values overwritten or deleted while it was away: never serve them.
      node.clear();
    } catch (NodeUnavailableException e) {
      // Crashed: it restarts empty anyway.
    }
    ring.addNode(id);
  }

  @Override
  public void nodeLeft(String nodeId) {
    Objects.requireNonNull(nodeId, "nodeId");
    handles.remove(nodeId);
    ring.removeNode(nodeId);
  }

  private void write(String key, String value, Duration ttl) {
    Objects.requireNonNull(key, "key");
    long now = clock.millis();
    long expiresAt = ttl == null ? VersionedValue.NEVER : LruTtlNodeStore.expiryOf(now, ttl);
    // The same expiry everywhere: every node reads the same clock.
    Duration nodeTtl = ttl == null ? null : Duration.ofMillis(expiresAt - now);
    String encoded = new VersionedValue(nextVersion(now), expiresAt, clientId, value).encode();
    NodeUnavailableException down = null;
    int written = 0;
    for (String id : preferenceList(key)) {
      NodeHandle node = handles.get(id);
      try {
        if (written < replicas) {
          if (nodeTtl == null) {
            node.put(key, encoded);
          } else {
            node.put(key, encoded, nodeTtl);
          }
          written++;
        } else {
          node.delete(key); // keeps the invariant: no older copy anywhere else
        }
      } catch (NodeUnavailableException e) {
        down = e;
      }
    }
    if (written == 0) {
      throw down;
    }
    if (hotKeys != null) {
      hotKeys.ownWrite(key, value, expiresAt, now);
    }
  }

  /**
   * The full read: asks live nodes in preference order until R live ones have answered and one had
   * the key, or every member has been asked; returns the newest live value found, or null.
   */
  private VersionedValue read(String key, long now) {
    int members = handles.size();
    if (members == 0) {
      throw noMembers();
    }
    // The first R of the list are usually enough; the whole list is computed only if needed.
    List<String> walk = ring.replicasFor(key, replicas);
    boolean whole = walk.size() == members;
    List<NodeHandle> asked = new ArrayList<>(replicas);
    List<VersionedValue> answers = new ArrayList<>(replicas);
    VersionedValue newest = null;
    NodeUnavailableException down = null;
    int live = 0;
    for (int i = 0; ; i++) {
      if (i == walk.size()) {
        if (whole) {
          break;
        }
        walk = ring.replicasFor(key, members); // the list for R is a prefix of this one
        whole = true;
        if (i == walk.size()) {
          break;
        }
      }
      NodeHandle node = handles.get(walk.get(i));
      VersionedValue answer;
      try {
        answer = liveValue(node.get(key), now);
      } catch (NodeUnavailableException e) {
        down = e;
        continue;
      }
      live++;
      if (live <= replicas) {
        asked.add(node);
        answers.add(answer);
      }
      if (answer != null && answer.isNewerThan(newest)) {
        newest = answer;
      }
      if (live >= replicas && newest != null) {
        break;
      }
    }
    if (live == 0) {
      throw down;
    }
    if (newest != null) {
      repair(key, newest, asked, answers, now);
    }
    return newest;
  }

  /** Asks one of the key's first R replicas, in rotation; returns its live value or null. */
  private VersionedValue readOneReplica(String key, long now) {
    if (handles.isEmpty()) {
      throw noMembers();
    }
    List<String> replicaIds = ring.replicasFor(key, replicas);
    rotation = (rotation + 1) & Integer.MAX_VALUE;
    NodeHandle node = handles.get(replicaIds.get(rotation % replicaIds.size()));
    try {
      return liveValue(node.get(key), now);
    } catch (NodeUnavailableException e) {
      return null;
    }
  }

  /** Writes {@code newest} to those of the first R live nodes whose answer was older or absent. */
  private static void repair(
      String key,
      VersionedValue newest,
      List<NodeHandle> asked,
      List<VersionedValue> answers,
      long now) {
    String encoded = null;
    for (int i = 0; i < asked.size(); i++) {
      if (!newest.isNewerThan(answers.get(i))) {
        continue;
      }
      if (encoded == null) {
        encoded = newest.encode();
      }
      try {
        if (newest.expiresAt() == VersionedValue.NEVER) {
          asked.get(i).put(key, encoded);
        } else {
          asked.get(i).put(key, encoded, Duration.ofMillis(newest.expiresAt() - now));
        }
      } catch (NodeUnavailableException e) {
        // Crashed since it answered: it restarts empty, which the read path tolerates.
      }
    }
  }

  private List<String> preferenceList(String key) {
    if (handles.isEmpty()) {
      throw noMembers();
    }
    return ring.replicasFor(key, handles.size());
  }

  private static VersionedValue liveValue(Optional<String> stored, long now) {
    if (stored.isEmpty()) {
      return null;
    }
    VersionedValue value = VersionedValue.decode(stored.get());
    return value != null && value.isLiveAt(now) ? value : null;
  }

  private static Optional<String> payloadOf(VersionedValue value) {
    return value == null ? Optional.empty() : Optional.of(value.payload());
  }

  /**
   * Returns a version above every earlier one of this client, and above every version another
   * client made at an earlier millisecond (the clock fills the high bits, a counter the low 20).
   */
  private long nextVersion(long now) {
    long fromClock = now >= 0 && now < (1L << 42) ? now << 20 : 0;
    lastVersion = Math.max(lastVersion + 1, fromClock);
    return lastVersion;
  }

  private static NodeUnavailableException noMembers() {
    return new NodeUnavailableException("(none: the cluster has no members)");
  }
}
