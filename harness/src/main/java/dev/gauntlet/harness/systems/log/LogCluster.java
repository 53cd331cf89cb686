package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.sim.SimNetwork;
import dev.gauntlet.harness.sim.VirtualClock;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.ClusterMetadata;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.Controller;
import dev.gauntlet.specs.log.Disk;
import dev.gauntlet.specs.log.LogConfig;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.Node;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * A simulated cluster of a candidate's brokers and clients, run one event at a time: brokers
 * {@code broker-1..N} over {@link SimDisk}s, clients, the harness's {@link Probe}, a
 * {@link SimController} and a {@link SimNetwork}, all on one {@link VirtualClock}. Nothing runs
 * unless {@link #runUntil} runs it: the clock jumps to the next message or tick, which is
 * delivered, and so on, so the same seed gives the same run.
 *
 * <p>A crash drops a broker's object (its memory) and keeps its disk; a restart asks the
 * factory for a new broker over that disk. Messages to a crashed node are lost.
 */
public final class LogCluster {

  /** The most events one cluster handles: a bound on a node that sends without end. */
  static final long MAX_EVENTS = 3_000_000;
  /** The address of the harness's own client. */
  static final String PROBE = "harness";

  private final LogFactory factory;
  private final LogConfig config;
  private final VirtualClock clock = new VirtualClock();
  private final SimNetwork<Message> network;
  private final SimController controller;
  private final Map<Integer, BrokerSlot> brokers = new TreeMap<>();
  private final Map<String, Node> clients = new LinkedHashMap<>();
  private final Probe probe;
  private final List<SendWatcher> sendWatchers = new ArrayList<>();
  private final List<Runnable> afterEvents = new ArrayList<>();
  private long nextTick;
  private long events;
  private int clientCount;
  private int crashes;
  private int restarts;

  /** Told of every message as it is sent, inside the sender's event. */
  interface SendWatcher {
    /** Called before the message enters the network; must not call into the sender. */
    void sent(String from, String to, Message message);
  }

  /** Adds a watcher of every message sent. */
  void watchSends(SendWatcher watcher) {
    sendWatchers.add(watcher);
  }

  /** Adds a hook run after every event (a delivery or a tick), when no node is running. */
  void afterEachEvent(Runnable hook) {
    afterEvents.add(hook);
  }

  /** One broker: its disk, and its running incarnation (null while crashed). */
  private final class BrokerSlot {
    final int id;
    final SimDisk disk = new SimDisk();
    Broker broker;
    Incarnation incarnation;

    BrokerSlot(int id) {
      this.id = id;
    }

    void start() {
      incarnation = new Incarnation(id, disk);
      broker = factory.newBroker(incarnation);
    }
  }

  /** What one life of a broker sees; dead once the broker crashes, so a stale object is mute. */
  private final class Incarnation implements BrokerEnvironment {
    final int id;
    final Disk disk;
    final Network net;
    final Controller controllerHandle;
    boolean alive = true;

    Incarnation(int id, Disk disk) {
      this.id = id;
      this.disk = disk;
      this.net = new Network() {
        @Override
        public void send(String to, Message message) {
          if (alive) {
            LogCluster.this.send(Network.brokerAddress(id), to, message);
          }
        }
      };
      this.controllerHandle = controller.handle(id);
    }

    @Override
    public int brokerId() {
      return id;
    }

    @Override
    public Network network() {
      return net;
    }

    @Override
    public Disk disk() {
      return disk;
    }

    @Override
    public Clock clock() {
      return clock;
    }

    @Override
    public Controller controller() {
      return controllerHandle;
    }

    @Override
    public LogConfig config() {
      return config;
    }
  }

  /**
   * Starts a cluster.
   *
   * @param factory the candidate's factory
   * @param brokerCount N
   * @param config the settings every node gets
   * @param networkSeed the seed of message latencies and random losses
   */
  public LogCluster(LogFactory factory, int brokerCount, LogConfig config, long networkSeed) {
    this.factory = factory;
    this.config = config;
    this.network = new SimNetwork<>(networkSeed, 1, 4);
    List<Integer> ids = new ArrayList<>();
    for (int i = 1; i <= brokerCount; i++) {
      ids.add(i);
    }
    this.controller = new SimController(clock, config, ids);
    this.probe = new Probe(this);
    for (int id : ids) {
      BrokerSlot slot = new BrokerSlot(id);
      brokers.put(id, slot);
      slot.start();
    }
    nextTick = config.tickMillis();
  }

  /** Returns the clock. */
  public VirtualClock clock() {
    return clock;
  }

  /** Returns the settings. */
  public LogConfig config() {
    return config;
  }

  /** Returns the network, for faults and counts. */
  SimNetwork<Message> network() {
    return network;
  }

  /** Returns the controller. */
  SimController controller() {
    return controller;
  }

  /** Returns the harness's own client. */
  Probe probe() {
    return probe;
  }

  /** Returns the broker ids. */
  List<Integer> brokerIds() {
    return List.copyOf(brokers.keySet());
  }

  /** Returns the current metadata. */
  ClusterMetadata metadata() {
    return controller.metadata();
  }

  /**
   * Creates a topic and runs until every replica reports it holds its partition.
   *
   * @throws GuaranteeViolation if a replica never picks the topic up from the metadata
   */
  void createTopic(String name, int partitions, int replicationFactor) {
    controller.createTopic(name, partitions, replicationFactor, 0);
    boolean ready = runUntil(() -> {
      for (int p = 0; p < partitions; p++) {
        TopicPartition tp = new TopicPartition(name, p);
        for (int b : controller.state(tp).replicas()) {
          if (replicaState(b, tp).isEmpty()) {
            return false;
          }
        }
      }
      return true;
    }, 2_000);
    if (!ready) {
      throw new GuaranteeViolation("a broker takes up the replicas the controller's metadata"
          + " gives it", "every replica of topic " + name + " reported by replicaState within"
          + " 2000 ms", "some replicaState was still empty");
    }
  }

  /** Creates a producer {@code producer-<n>}. */
  Producer newProducer(ProducerConfig producerConfig) {
    String id = "producer-" + (++clientCount);
    Producer producer = factory.newProducer(clientEnvironment(id), producerConfig);
    clients.put(id, producer);
    return producer;
  }

  /** Creates a consumer {@code consumer-<n>}. */
  Consumer newConsumer(ConsumerConfig consumerConfig) {
    String id = "consumer-" + (++clientCount);
    Consumer consumer = factory.newConsumer(clientEnvironment(id), consumerConfig);
    clients.put(id, consumer);
    return consumer;
  }

  /** Returns a client's id. */
  String idOf(Node client) {
    return clients.entrySet().stream().filter(e -> e.getValue() == client).map(Map.Entry::getKey)
        .findFirst().orElseThrow();
  }

  /** Crashes a client: it stops without a word and its messages are lost. */
  void crashClient(Node client) {
    clients.remove(idOf(client));
  }

  private ClientEnvironment clientEnvironment(String id) {
    Network net = (to, message) -> send(id, to, message);
    return new ClientEnvironment() {
      @Override
      public String clientId() {
        return id;
      }

      @Override
      public Network network() {
        return net;
      }

      @Override
      public Clock clock() {
        return clock;
      }

      @Override
      public ClusterMetadata metadata() {
        return controller.metadata();
      }

      @Override
      public long newProducerId() {
        return controller.newProducerId();
      }

      @Override
      public LogConfig config() {
        return config;
      }
    };
  }

  /** Crashes a broker: its memory is lost, its disk kept. */
  void crash(int id) {
    BrokerSlot slot = brokers.get(id);
    if (slot.broker == null) {
      throw new IllegalStateException("broker-" + id + " is already down");
    }
    slot.incarnation.alive = false;
    slot.broker = null;
    slot.incarnation = null;
    crashes++;
  }

  /** Restarts a crashed broker over its disk. */
  void restart(int id) {
    BrokerSlot slot = brokers.get(id);
    if (slot.broker != null) {
      throw new IllegalStateException("broker-" + id + " is already up");
    }
    slot.start();
    restarts++;
  }

  /** Returns whether a broker is up. */
  boolean isUp(int id) {
    return brokers.get(id).broker != null;
  }

  /** Returns how many crashes and restarts were injected. */
  int crashes() {
    return crashes;
  }

  int restarts() {
    return restarts;
  }

  /** Returns a broker's disk. */
  SimDisk disk(int id) {
    return brokers.get(id).disk;
  }

  /** Cuts (or heals) both directions between two nodes. */
  void cut(String a, String b, boolean isCut) {
    network.setCut(a, b, isCut);
    network.setCut(b, a, isCut);
  }

  /**
   * Isolates a broker from every other broker, client and the controller (or heals that).
   * Clients keep their links to each other.
   */
  void isolate(int id, boolean isolated) {
    String self = Network.brokerAddress(id);
    for (String other : addresses()) {
      if (!other.equals(self)) {
        cut(self, other, isolated);
      }
    }
    controller.setCutOff(id, isolated);
  }

  /** Heals every link and reconnects every broker to the controller. */
  void healAll() {
    network.healAll();
    brokers.keySet().forEach(b -> controller.setCutOff(b, false));
  }

  private List<String> addresses() {
    List<String> all = new ArrayList<>();
    brokers.keySet().forEach(b -> all.add(Network.brokerAddress(b)));
    all.addAll(clients.keySet());
    all.add(PROBE);
    return all;
  }

  /** Returns what a live broker holds of a partition; empty if it is down or holds nothing. */
  Optional<ReplicaState> replicaState(int id, TopicPartition tp) {
    Broker broker = brokers.get(id).broker;
    if (broker == null) {
      return Optional.empty();
    }
    Optional<ReplicaState> state = broker.replicaState(tp);
    return state == null ? Optional.empty() : state;
  }

  /** Runs the cluster for {@code millis} of virtual time. */
  void runFor(long millis) {
    runUntil(() -> false, millis);
  }

  /**
   * Runs events until {@code done} holds (checked after every event) or {@code maxMillis} of
   * virtual time have passed.
   *
   * @return whether {@code done} holds
   */
  boolean runUntil(BooleanSupplier done, long maxMillis) {
    long deadline = clock.millis() + maxMillis;
    while (!done.getAsBoolean()) {
      long next = Math.min(network.nextDue(), nextTick);
      if (next > deadline) {
        clock.advance(deadline - clock.millis());
        return done.getAsBoolean();
      }
      clock.advance(next - clock.millis());
      if (++events > MAX_EVENTS) {
        throw new IllegalStateException("the cluster handled more than " + MAX_EVENTS
            + " events; does a node send messages without end?");
      }
      SimNetwork.Envelope<Message> envelope = network.poll(clock.millis());
      if (envelope != null) {
        deliver(envelope);
      } else if (clock.millis() >= nextTick) {
        tick();
        nextTick += config.tickMillis();
      }
      for (Runnable hook : afterEvents) {
        hook.run();
      }
    }
    return true;
  }

  private void deliver(SimNetwork.Envelope<Message> envelope) {
    String to = envelope.to();
    if (to.equals(PROBE)) {
      probe.onMessage(envelope.from(), envelope.message());
      return;
    }
    Node node = to.startsWith("broker-") ? brokerNode(to) : clients.get(to);
    if (node == null) {
      network.dropped();
      return;
    }
    node.onMessage(envelope.from(), envelope.message());
  }

  private Node brokerNode(String address) {
    BrokerSlot slot = brokers.get(parse(address));
    return slot == null ? null : slot.broker;
  }

  private void tick() {
    controller.tick();
    for (BrokerSlot slot : brokers.values()) {
      if (slot.broker != null) {
        slot.broker.onTick();
      }
    }
    for (Node client : List.copyOf(clients.values())) {
      if (clients.containsValue(client)) {
        client.onTick();
      }
    }
  }

  void send(String from, String to, Message message) {
    if (!isAddress(to)) {
      throw new IllegalArgumentException("no node has the address \"" + to + "\"");
    }
    for (SendWatcher watcher : sendWatchers) {
      watcher.sent(from, to, message);
    }
    network.send(clock.millis(), from, to, message);
  }

  private boolean isAddress(String to) {
    if (to.equals(PROBE) || clients.containsKey(to)) {
      return true;
    }
    if (to.startsWith("broker-")) {
      return brokers.containsKey(parse(to));
    }
    // A client that crashed keeps its address; what is sent to it is lost.
    return to.startsWith("producer-") || to.startsWith("consumer-");
  }

  private static int parse(String address) {
    try {
      return Integer.parseInt(address.substring(address.indexOf('-') + 1));
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
