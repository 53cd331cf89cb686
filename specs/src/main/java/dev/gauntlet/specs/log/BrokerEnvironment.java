package dev.gauntlet.specs.log;

import dev.gauntlet.specs.Clock;

/** What the harness hands a broker: its id, network, disk, clock, the controller and settings. */
public interface BrokerEnvironment {

  /**
   * Returns this broker's id; its address is {@link Network#brokerAddress(int)} of it.
   *
   * @return the id, from 1
   */
  int brokerId();

  /**
   * Returns the broker's only way to send messages.
   *
   * @return the network
   */
  Network network();

  /**
   * Returns the broker's disk: the only state that survives a crash.
   *
   * @return the disk
   */
  Disk disk();

  /**
   * Returns the only time source the broker may read.
   *
   * @return the clock
   */
  Clock clock();

  /**
   * Returns the controller.
   *
   * @return the controller, as seen from this broker
   */
  Controller controller();

  /**
   * Returns the cluster's settings.
   *
   * @return the settings
   */
  LogConfig config();
}
