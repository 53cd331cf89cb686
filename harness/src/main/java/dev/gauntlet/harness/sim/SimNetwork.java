package dev.gauntlet.harness.sim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic simulated network between named nodes. A message sent at time {@code t}
 * arrives at {@code t + latency}, the latency drawn from the network's own seeded random source
 * (plus any extra delay the nemesis put on the link); between two nodes messages stay in the
 * order they were sent (as over one TCP connection). The harness delivers due messages one at a
 * time with {@link #poll(long)}, in order of arrival time and then of sending.
 *
 * <p>Faults: a link may be cut (one way or both), lose a share of its messages, or be slowed. A
 * message on a cut link is lost, whether the cut came before it was sent or while it was on its
 * way; so is one whose receiver is down when it arrives (the caller checks that at delivery).
 *
 * @param <M> the type of messages
 */
public final class SimNetwork<M> {

  /**
   * A message on its way.
   *
   * @param due when it arrives
   * @param sequence the order it was sent in, network-wide
   * @param from the sender
   * @param to the receiver
   * @param message the message
   */
  public record Envelope<M>(long due, long sequence, String from, String to, M message) {}

  private final SplittableRandom random;
  private final long minLatency;
  private final long maxLatency;
  private final PriorityQueue<Envelope<M>> queue = new PriorityQueue<>((a, b) -> a.due != b.due
      ? Long.compare(a.due, b.due) : Long.compare(a.sequence, b.sequence));
  private final Map<String, Long> lastDue = new HashMap<>();
  private final Set<String> cut = new HashSet<>();
  private final Map<String, Double> loss = new HashMap<>();
  private final Map<String, Long> delay = new HashMap<>();
  private long sequence;
  private long sent;
  private long lost;

  /**
   * Creates a network.
   *
   * @param seed the seed of latencies and random losses
   * @param minLatency the smallest delay of a message, at least 1
   * @param maxLatency the largest, at least {@code minLatency}
   */
  public SimNetwork(long seed, long minLatency, long maxLatency) {
    if (minLatency < 1 || maxLatency < minLatency) {
      throw new IllegalArgumentException("need 1 <= minLatency <= maxLatency but were "
          + minLatency + " and " + maxLatency);
    }
    this.random = new SplittableRandom(seed);
    this.minLatency = minLatency;
    this.maxLatency = maxLatency;
  }

  /** Sends a message at time {@code now}; it is lost at once if the link is cut or loses it. */
  public void send(long now, String from, String to, M message) {
    sent++;
    String link = link(from, to);
    if (cut.contains(link) || lossOf(link)) {
      lost++;
      return;
    }
    long latency = minLatency + random.nextLong(maxLatency - minLatency + 1)
        + delay.getOrDefault(link, 0L);
    long due = Math.max(now + latency, lastDue.getOrDefault(link, 0L));
    lastDue.put(link, due);
    queue.add(new Envelope<>(due, sequence++, from, to, message));
  }

  /** Returns when the next message arrives, or {@link Long#MAX_VALUE} if none is on its way. */
  public long nextDue() {
    Envelope<M> next = queue.peek();
    return next == null ? Long.MAX_VALUE : next.due;
  }

  /**
   * Takes the next message due at or before {@code now}, or returns null. A message on a link cut
   * while it was on its way is dropped here and counted as lost.
   */
  public Envelope<M> poll(long now) {
    while (!queue.isEmpty() && queue.peek().due <= now) {
      Envelope<M> next = queue.poll();
      if (cut.contains(link(next.from, next.to))) {
        lost++;
        continue;
      }
      return next;
    }
    return null;
  }

  /** Counts a delivered message as lost (its receiver was down). */
  public void dropped() {
    lost++;
  }

  /** Cuts or heals the link from {@code from} to {@code to} (one way). */
  public void setCut(String from, String to, boolean isCut) {
    if (isCut) {
      cut.add(link(from, to));
    } else {
      cut.remove(link(from, to));
    }
  }

  /** Returns whether the link from {@code from} to {@code to} is cut. */
  public boolean isCut(String from, String to) {
    return cut.contains(link(from, to));
  }

  /** Makes the link lose each message with probability {@code p} (0 heals it). */
  public void setLoss(String from, String to, double p) {
    if (p <= 0) {
      loss.remove(link(from, to));
    } else {
      loss.put(link(from, to), p);
    }
  }

  /** Adds {@code millis} to the latency of every message on the link (0 heals it). */
  public void setDelay(String from, String to, long millis) {
    if (millis <= 0) {
      delay.remove(link(from, to));
    } else {
      delay.put(link(from, to), millis);
    }
  }

  /** Heals every link: no cuts, losses or delays. Messages on their way keep their arrival. */
  public void healAll() {
    cut.clear();
    loss.clear();
    delay.clear();
  }

  /** Returns how many messages were sent. */
  public long sent() {
    return sent;
  }

  /** Returns how many messages were lost (cut, random loss, or receiver down). */
  public long lost() {
    return lost;
  }

  private boolean lossOf(String link) {
    Double p = loss.get(link);
    return p != null && random.nextDouble() < p;
  }

  private static String link(String from, String to) {
    return from + "\u0000" + to;
  }
}
