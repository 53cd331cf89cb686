package dev.gauntlet.specs.objectstore;

import java.util.List;
import java.util.Optional;

/**
 * One metadata node: a small ordered key-value store with compare-and-set, owned by the harness.
 * The gateway shards its metadata over several of them. Each call is atomic on its node; there
 * is nothing atomic across nodes or across calls.
 *
 * <p><b>Versions.</b> Each write gives the key a new version, larger than every version the key
 * had before on this node (also after a delete). A compare-and-set names the version it read
 * ({@link #ABSENT} for "no entry") and succeeds only if the key still has it.
 *
 * <p><b>Order.</b> Keys are ordered by their UTF-8 bytes, unsigned (which is code point order),
 * as in RocksDB or FoundationDB. {@link String#compareTo} orders UTF-16 units and disagrees for
 * characters outside the Basic Multilingual Plane.
 *
 * <p><b>Faults.</b> A node may be down: every call throws {@link NodeUnavailableException} and
 * has no effect. It keeps its entries and comes back with them.
 */
public interface MetadataNode {

  /** The version to pass to a compare-and-set that expects no entry. */
  long ABSENT = 0;

  /** Returns the node's id; never changes. */
  String id();

  /**
   * Returns the entry of {@code key}.
   *
   * @param key the key; not null
   * @return the entry, or empty if there is none
   * @throws NodeUnavailableException if the node is down
   */
  Optional<MetadataEntry> get(String key);

  /**
   * Writes {@code value} under {@code key} if the key's current version is
   * {@code expectedVersion} ({@link #ABSENT}: if the key has no entry).
   *
   * @param key the key; not null
   * @param expectedVersion the version read before, or {@link #ABSENT}
   * @param value the new value; not null
   * @return true if written, false if the version did not match (nothing changed)
   * @throws NodeUnavailableException if the node is down
   */
  boolean compareAndSet(String key, long expectedVersion, byte[] value);

  /**
   * Removes the entry of {@code key} if its current version is {@code expectedVersion}.
   *
   * @param key the key; not null
   * @param expectedVersion the version read before
   * @return true if removed, false if there was no entry of that version
   * @throws NodeUnavailableException if the node is down
   */
  boolean compareAndDelete(String key, long expectedVersion);

  /**
   * Writes {@code value} under {@code key} whatever its version.
   *
   * @param key the key; not null
   * @param value the value; not null
   * @throws NodeUnavailableException if the node is down
   */
  void put(String key, byte[] value);

  /**
   * Removes the entry of {@code key} whatever its version.
   *
   * @param key the key; not null
   * @return true if there was an entry
   * @throws NodeUnavailableException if the node is down
   */
  boolean delete(String key);

  /**
   * Returns up to {@code limit} entries with {@code fromInclusive <= key < toExclusive}, in UTF-8
   * byte order.
   *
   * @param fromInclusive the first key to return, if present; "" for the start
   * @param toExclusive the key to stop before, or null for no bound
   * @param limit the most entries to return; at least 1
   * @return the entries, in order
   * @throws NodeUnavailableException if the node is down
   */
  List<MetadataEntry> scan(String fromInclusive, String toExclusive, int limit);
}
