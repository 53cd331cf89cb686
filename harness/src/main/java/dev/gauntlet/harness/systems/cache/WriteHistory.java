package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every completed write per key, with its virtual time, to judge reads that a near cache may
 * serve slightly stale: a client must read its own latest write (or something newer), and a value
 * another client overwrote may be served only while it is at most {@code maxStalenessMillis} out
 * of date.
 *
 * <p>Precisely: a read by client c at time t may return the value of write w when w is c's own
 * latest write of the key or a later one, and w was current at some time at or after t - bound,
 * that is, the write that replaced w (if any) happened at or after t - bound. Before the first
 * write a key is absent. Values must be unique, so that a value names its write.
 */
final class WriteHistory {

  /** One completed write; {@code index} 0 is the key's initial absence. */
  private record Write(String key, int index, long time, String value, String client) {}

  private final long bound;
  private final Map<String, List<Write>> writes = new HashMap<>();
  private final Map<String, Write> byValue = new HashMap<>();
  private final Map<String, Integer> ownLatest = new HashMap<>();

  WriteHistory(long maxStalenessMillis) {
    this.bound = maxStalenessMillis;
  }

  /** Records a completed put of a value never written before. */
  void put(String client, String key, String value, long time) {
    List<Write> history = history(key);
    Write write = new Write(key, history.size(), time, value, client);
    history.add(write);
    byValue.put(value, write);
    ownLatest.put(client + "\u0000" + key, write.index());
  }

  /** Throws a {@link GuaranteeViolation} unless {@code observed} is an allowed answer. */
  void checkRead(String client, String key, long time, Optional<String> observed) {
    List<Write> history = history(key);
    int own = ownLatest.getOrDefault(client + "\u0000" + key, 0);
    String call = client + ".get(\"" + key + "\") at " + time + " ms";
    Write read;
    if (observed.isEmpty()) {
      read = history.get(0);
    } else {
      read = byValue.get(observed.get());
      if (read == null || !read.key().equals(key)) {
        throw new GuaranteeViolation("a get returns only a value written to that key",
            "one of the values written to " + key, ReplicationScenario.show(observed));
      }
    }
    Write latest = history.get(history.size() - 1);
    if (read.index() < own) {
      Write mine = history.get(own);
      throw new GuaranteeViolation("read your writes: a client's get returns its own latest"
          + " write of the key (or a newer one), at once", show(mine) + " (" + client
          + " wrote it at " + mine.time() + " ms)", show(read) + " from " + call);
    }
    if (read.index() + 1 < history.size()) {
      Write replacedBy = history.get(read.index() + 1);
      if (replacedBy.time() < time - bound) {
        throw new GuaranteeViolation("bounded staleness: another client's write is seen within"
            + " maxStaleness = " + bound + " ms", show(latest) + " (or any value current"
            + " since " + (time - bound) + " ms)", show(read) + " from " + call
            + ", overwritten at " + replacedBy.time() + " ms by " + replacedBy.client() + ", "
            + (time - replacedBy.time()) + " ms earlier");
      }
    }
  }

  private List<Write> history(String key) {
    return writes.computeIfAbsent(key, k -> {
      List<Write> list = new ArrayList<>();
      list.add(new Write(k, 0, Long.MIN_VALUE, null, "nobody"));
      return list;
    });
  }

  private static String show(Write write) {
    return write.value() == null ? "absent" : "\"" + write.value() + "\"";
  }
}
