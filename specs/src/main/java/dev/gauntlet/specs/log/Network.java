package dev.gauntlet.specs.log;

/**
 * A node's only way to talk to other nodes, owned by the harness. Sending never blocks and never
 * fails: the message is delivered later, or lost. Between two nodes messages arrive in the order
 * they were sent (as over one TCP connection), after a delay; the harness may lose any of them,
 * cut nodes off from each other, and crash nodes, so a node must send again what was not
 * answered in time.
 */
public interface Network {

  /**
   * Sends a message.
   *
   * @param to the address: {@link #brokerAddress(int)} for a broker, a client's id for a client
   * @param message the message
   * @throws IllegalArgumentException if no node has that address
   */
  void send(String to, Message message);

  /**
   * Returns a broker's address.
   *
   * @param brokerId the broker's id
   * @return {@code broker-<id>}
   */
  static String brokerAddress(int brokerId) {
    return "broker-" + brokerId;
  }
}
