package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.MetadataEntry;
import dev.gauntlet.specs.objectstore.MetadataNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One simulated metadata node: an ordered key-value map (UTF-8 byte order) with versions and
 * compare-and-set. It counts requests and may be down, keeping its entries.
 */
public final class SimMetadataNode implements MetadataNode {

  private record Versioned(byte[] value, long version) {}

  private final String id;
  private final SimNodePower power;
  private final TreeMap<String, Versioned> entries = new TreeMap<>(Utf8Order.INSTANCE);
  private long lastVersion;

  SimMetadataNode(String id, SimStore store) {
    this.id = id;
    this.power = new SimNodePower(id, store);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Optional<MetadataEntry> get(String key) {
    NodeRequest request = power.begin("get", key);
    Optional<MetadataEntry> found;
    synchronized (this) {
      found = Optional.ofNullable(entries.get(key)).map(v -> entry(key, v));
    }
    power.finish(request);
    return found;
  }

  @Override
  public boolean compareAndSet(String key, long expectedVersion, byte[] value) {
    NodeRequest request = power.begin("compareAndSet", key);
    boolean set;
    synchronized (this) {
      Versioned current = entries.get(key);
      long version = current == null ? ABSENT : current.version();
      set = version == expectedVersion;
      if (set) {
        entries.put(key, new Versioned(value.clone(), ++lastVersion));
      }
    }
    power.finish(request);
    return set;
  }

  @Override
  public boolean compareAndDelete(String key, long expectedVersion) {
    NodeRequest request = power.begin("compareAndDelete", key);
    boolean removed;
    synchronized (this) {
      Versioned current = entries.get(key);
      removed = current != null && current.version() == expectedVersion;
      if (removed) {
        entries.remove(key);
      }
    }
    power.finish(request);
    return removed;
  }

  @Override
  public void put(String key, byte[] value) {
    NodeRequest request = power.begin("put", key);
    synchronized (this) {
      entries.put(key, new Versioned(value.clone(), ++lastVersion));
    }
    power.finish(request);
  }

  @Override
  public boolean delete(String key) {
    NodeRequest request = power.begin("delete", key);
    boolean removed;
    synchronized (this) {
      removed = entries.remove(key) != null;
    }
    power.finish(request);
    return removed;
  }

  @Override
  public List<MetadataEntry> scan(String fromInclusive, String toExclusive, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("scan limit must be at least 1, was " + limit);
    }
    NodeRequest request = power.begin("scan", fromInclusive);
    List<MetadataEntry> found = new ArrayList<>();
    synchronized (this) {
      Map<String, Versioned> range = toExclusive == null ? entries.tailMap(fromInclusive, true)
          : Utf8Order.INSTANCE.compare(fromInclusive, toExclusive) >= 0 ? Map.of()
          : entries.subMap(fromInclusive, true, toExclusive, false);
      for (Map.Entry<String, Versioned> e : range.entrySet()) {
        if (found.size() == limit) {
          break;
        }
        found.add(entry(e.getKey(), e.getValue()));
      }
    }
    power.finish(request);
    return found;
  }

  private static MetadataEntry entry(String key, Versioned v) {
    return new MetadataEntry(key, v.value().clone(), v.version());
  }

  /** Returns whether the node is up. */
  public boolean isUp() {
    return power.isUp();
  }

  /** Takes the node down; it keeps its entries. */
  public void down() {
    power.setUp(false);
  }

  /** Brings the node back with its entries. */
  public void restore() {
    power.setUp(true);
  }

  /** Returns how many entries the node holds. */
  public synchronized int size() {
    return entries.size();
  }

  /** Returns the requests served (or refused while down) so far. */
  public long requests() {
    return power.requests();
  }

  @Override
  public String toString() {
    return id + (isUp() ? "" : " (down)");
  }
}
