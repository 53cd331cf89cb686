package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.StorageNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One simulated storage node and the harness-owned handle gateways reach it through. It counts
 * requests and bytes and injects the faults of the contract: down, back empty, flipped bits.
 */
public final class SimStorageNode implements StorageNode {

  private final String id;
  private final String zone;
  private final SimNodePower power;
  private final TreeMap<String, byte[]> blobs = new TreeMap<>();
  private long bytesRead;
  private long bytesWritten;

  SimStorageNode(String id, String zone, SimStore store) {
    this.id = id;
    this.zone = zone;
    this.power = new SimNodePower(id, store);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String zone() {
    return zone;
  }

  @Override
  public void put(String blobId, byte[] data) {
    NodeRequest request = power.begin("put", blobId);
    synchronized (this) {
      blobs.put(blobId, data.clone());
      bytesWritten += data.length;
    }
    power.finish(request);
  }

  @Override
  public Optional<byte[]> get(String blobId) {
    NodeRequest request = power.begin("get", blobId);
    Optional<byte[]> found;
    synchronized (this) {
      byte[] blob = blobs.get(blobId);
      found = Optional.ofNullable(blob == null ? null : blob.clone());
      bytesRead += blob == null ? 0 : blob.length;
    }
    power.finish(request);
    return found;
  }

  @Override
  public boolean delete(String blobId) {
    NodeRequest request = power.begin("delete", blobId);
    boolean removed;
    synchronized (this) {
      removed = blobs.remove(blobId) != null;
    }
    power.finish(request);
    return removed;
  }

  @Override
  public List<String> list(String prefix) {
    NodeRequest request = power.begin("list", prefix);
    List<String> ids = new ArrayList<>();
    synchronized (this) {
      for (String blob : blobs.tailMap(prefix, true).keySet()) {
        if (!blob.startsWith(prefix)) {
          break;
        }
        ids.add(blob);
      }
    }
    power.finish(request);
    return ids;
  }

  /** Returns whether the node is up. */
  public boolean isUp() {
    return power.isUp();
  }

  /** Takes the node down; it keeps its disk. */
  public void down() {
    power.setUp(false);
  }

  /** Brings the node back with its disk as it was. */
  public void restore() {
    power.setUp(true);
  }

  /** Brings the node back with an empty disk: every blob is lost. */
  public void restoreEmpty() {
    synchronized (this) {
      blobs.clear();
    }
    power.setUp(true);
  }

  /** Flips bit {@code bit} (modulo the blob's size in bits) of a blob; false if empty/absent. */
  public synchronized boolean flipBit(String blobId, long bit) {
    byte[] blob = blobs.get(blobId);
    if (blob == null || blob.length == 0) {
      return false;
    }
    long at = Math.floorMod(bit, (long) blob.length * 8);
    blob[(int) (at / 8)] ^= (byte) (1 << (at % 8));
    return true;
  }

  /** Returns the blob ids on the disk, sorted. */
  public synchronized List<String> blobIds() {
    return List.copyOf(blobs.keySet());
  }

  /** Returns the bytes on the disk. */
  public synchronized long storedBytes() {
    long sum = 0;
    for (Map.Entry<String, byte[]> e : blobs.entrySet()) {
      sum += e.getValue().length;
    }
    return sum;
  }

  /** Returns the requests served (or refused while down) so far. */
  public long requests() {
    return power.requests();
  }

  /** Returns the bytes read by gets so far. */
  public synchronized long bytesRead() {
    return bytesRead;
  }

  /** Returns the bytes written by puts so far. */
  public synchronized long bytesWritten() {
    return bytesWritten;
  }

  @Override
  public String toString() {
    return id + "@" + zone + (isUp() ? "" : " (down)");
  }
}
