package dev.gauntlet.specs.log;

/**
 * Something the harness runs in its simulated cluster: a broker, a producer or a consumer.
 *
 * <p><b>Event-driven and deterministic</b> (as DSLabs and Maelstrom nodes are). The harness calls
 * a node one event at a time, from one thread: a message arrives ({@link #onMessage}) or time
 * passes ({@link #onTick}). Each call must run to completion without blocking or waiting: send
 * messages and return, and handle the answer when it arrives. Read time only from the
 * environment's clock; draw no randomness except from a fixed seed; iterate no collection whose
 * order depends on identity hash codes. Then the same seed replays the same run, and a failed
 * check shrinks to a small scenario.
 */
public interface Node {

  /**
   * Handles a message that arrived from the network.
   *
   * @param from the sender's address: {@code broker-<id>} for a broker, the client's id for a client
   * @param message the message
   */
  void onMessage(String from, Message message);

  /**
   * Lets time-driven work happen: heartbeats, retries, timeouts, replication fetches. Called on
   * every live node every {@link LogConfig#tickMillis()} of the clock.
   */
  void onTick();
}
