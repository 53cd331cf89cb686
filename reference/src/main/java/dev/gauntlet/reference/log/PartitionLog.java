package dev.gauntlet.reference.log;

import dev.gauntlet.specs.log.Disk;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One replica's log: its entries in memory and on disk (one entry per line of file
 * {@code log-<partition>}), its high watermark (checkpointed in {@code hw-<partition>}), the
 * leader epochs of its entries, and the idempotent producers' sequence numbers, rebuilt from the
 * entries on recovery and truncation (as Kafka rebuilds producer state from its batches).
 *
 * <p>Open for the harness's planted bugs: each protected step may be replaced by one.
 */
public class PartitionLog {

  protected final TopicPartition partition;
  protected final Disk disk;
  protected final String file;
  private final String hwFile;
  protected final List<LogEntry> entries = new ArrayList<>();
  private final Map<Long, TreeMap<Integer, Long>> producers = new HashMap<>();
  private long highWatermark;

  /** Opens the replica's log, recovering what the disk holds. */
  public PartitionLog(TopicPartition partition, Disk disk) {
    this.partition = partition;
    this.disk = disk;
    this.file = "log-" + partition;
    this.hwFile = "hw-" + partition;
    load();
    List<String> hw = disk.read(hwFile);
    highWatermark = hw.isEmpty() ? 0 : Math.min(Long.parseLong(hw.get(0)), logEndOffset());
  }

  /** Reads the entries from disk. */
  protected void load() {
    for (String line : disk.read(file)) {
      LogEntry e = Codec.decode(line);
      entries.add(e);
      index(e);
    }
  }

  /** Writes one appended entry to disk. */
  protected void persist(LogEntry entry) {
    disk.append(file, Codec.encode(entry));
  }

  /** Returns the offset the next entry gets. */
  public long logEndOffset() {
    return entries.size();
  }

  /** Returns the high watermark. */
  public long highWatermark() {
    return highWatermark;
  }

  /** Sets the high watermark (at most the log end offset) and checkpoints it if it changed. */
  public void setHighWatermark(long hw) {
    long bounded = Math.min(hw, logEndOffset());
    if (bounded != highWatermark) {
      highWatermark = bounded;
      disk.replace(hwFile, List.of(Long.toString(bounded)));
    }
  }

  /** Appends a record as the leader, in its epoch; returns its offset. */
  public long append(int leaderEpoch, long producerId, int sequence, Record record) {
    LogEntry e = new LogEntry(entries.size(), leaderEpoch, producerId, sequence, record);
    add(e);
    return e.offset();
  }

  /** Appends an entry copied from the leader; it must be at the log end offset. */
  public void appendReplicated(LogEntry e) {
    if (e.offset() != entries.size()) {
      throw new IllegalStateException(partition + ": replicated offset " + e.offset()
          + " is not the log end offset " + entries.size());
    }
    add(e);
  }

  private void add(LogEntry e) {
    persist(e);
    entries.add(e);
    index(e);
  }

  /** Drops every entry at or above {@code offset}. */
  public void truncateTo(long offset) {
    if (offset >= entries.size()) {
      return;
    }
    entries.subList((int) offset, entries.size()).clear();
    disk.truncate(file, (int) offset);
    producers.clear();
    entries.forEach(this::index);
    if (highWatermark > offset) {
      highWatermark = offset;
      disk.replace(hwFile, List.of(Long.toString(offset)));
    }
  }

  /** Returns the entries from {@code from} (inclusive) to {@code to} (exclusive) within limits. */
  public List<LogEntry> read(long from, long to, int maxRecords, int maxBytes) {
    List<LogEntry> out = new ArrayList<>();
    int bytes = 0;
    for (long o = from; o < Math.min(to, entries.size()) && out.size() < maxRecords; o++) {
      LogEntry e = entryAt(o);
      bytes += e.record().sizeInBytes();
      if (!out.isEmpty() && bytes > maxBytes) {
        break;
      }
      out.add(e);
    }
    return out;
  }

  /** Returns the entry at an offset below the log end offset. */
  protected LogEntry entryAt(long offset) {
    return entries.get((int) offset);
  }

  /** Returns every entry, for inspection. */
  public List<LogEntry> entries() {
    return entries;
  }

  /** Returns the epoch of the last entry, or -1 for an empty log. */
  public int latestEpoch() {
    return entries.isEmpty() ? -1 : entries.get(entries.size() - 1).leaderEpoch();
  }

  /**
   * Returns the largest epoch at or below {@code epoch} in this log ({@code epoch} itself if
   * there is none) and its end offset: the offset of the first entry of a later epoch, or the
   * log end offset. What OffsetsForLeaderEpoch answers (KIP-101).
   */
  public long[] epochEnd(int epoch) {
    int found = epoch;
    boolean any = false;
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).leaderEpoch() <= epoch) {
        found = entries.get(i).leaderEpoch();
        any = true;
        break;
      }
    }
    return new long[] {any ? found : epoch, firstOffsetAfterEpoch(epoch)};
  }

  /** Returns the offset of the first entry whose epoch is above {@code epoch}, else the end. */
  public long firstOffsetAfterEpoch(int epoch) {
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) { // epochs never decrease along a log: binary search
      int mid = (lo + hi) >>> 1;
      if (entries.get(mid).leaderEpoch() <= epoch) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Judges an idempotent producer's batch: the next sequence appends; a retry of a batch already
   * appended is answered with its first offset; a gap, or a sequence other than 0 from a producer
   * this partition does not know, is out of order.
   */
  public SequenceCheck checkSequence(long producerId, int baseSequence, int count) {
    TreeMap<Integer, Long> sequences = producers.get(producerId);
    int last = sequences == null ? -1 : sequences.lastKey();
    if (baseSequence == last + 1) {
      return SequenceCheck.APPEND;
    }
    if (sequences != null && baseSequence >= 0 && baseSequence + count - 1 <= last) {
      Long first = sequences.get(baseSequence);
      return first == null ? new SequenceCheck(Errors.DUPLICATE_SEQUENCE_NUMBER, -1)
          : new SequenceCheck(Errors.NONE, first);
    }
    return new SequenceCheck(Errors.OUT_OF_ORDER_SEQUENCE_NUMBER, -1);
  }

  private void index(LogEntry e) {
    if (e.producerId() >= 0) {
      producers.computeIfAbsent(e.producerId(), p -> new TreeMap<>()).put(e.sequence(),
          e.offset());
    }
  }
}
