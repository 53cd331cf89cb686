package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.NodeUnavailableException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Puts, gets and deletes drawn from a {@link Scenario} over a small key space, by two clients of
 * one {@link SimCluster}, compared with a model map holding the last acknowledged write per key.
 *
 * <p>The clients are given a staleness bound of 0 and the clock advances 1 ms before every
 * operation, so no near cache may serve a value another client has overwritten: the model is
 * exact and any other value is a fault-tolerance bug, not a permitted staleness.
 */
final class ReplicationScenario {

  /** What a get that disagrees with the model means, for one check. */
  interface Verdict {
    /** Throws the violation {@code observed} is, or returns when it is allowed. */
    void judge(String call, Optional<String> expected, Optional<String> observed);
  }

  static final List<String> KEYS = List.of("k1", "k2", "k3");
  static final int NODES = 5;
  static final int CLIENTS = 2;

  private final SimCluster cluster;
  private final Map<String, String> model = new HashMap<>();
  private int values;

  ReplicationScenario(SimCluster cluster) {
    this.cluster = cluster;
  }

  /** Creates the cluster the replication checks use: 5 nodes, R = 3, staleness bound 0. */
  static SimCluster newCluster(CacheFactory factory, Scenario s) {
    SimCluster cluster = new SimCluster(factory, NODES, SimCluster.DEFAULT_REPLICATION_FACTOR, 0);
    for (int i = 0; i < CLIENTS; i++) {
      cluster.newClient();
    }
    s.note(NODES + " nodes, R = " + cluster.replicationFactor() + ", " + CLIENTS
        + " clients, maxStaleness = 0 ms; the clock advances 1 ms before every operation");
    return cluster;
  }

  /** Draws one operation, runs it, and compares a get's answer with the model. */
  void operation(Scenario s, Verdict verdict) {
    cluster.clock().advance(1);
    int c = s.intBetween(0, CLIENTS - 1);
    CacheClient client = cluster.clients().get(c);
    String name = "client-" + (c + 1);
    String key = s.pick(KEYS);
    String op = s.pickWeighted(List.of("get", "put", "delete"), 4, 4, 1);
    String call;
    switch (op) {
      case "put" -> {
        String value = "v" + (++values);
        call = name + ".put(\"" + key + "\", \"" + value + "\")";
        s.step(call);
        unavailable(call, () -> client.put(key, value));
        model.put(key, value);
      }
      case "delete" -> {
        call = name + ".delete(\"" + key + "\")";
        s.step(call);
        unavailable(call, () -> client.delete(key));
        model.remove(key);
      }
      default -> {
        call = name + ".get(\"" + key + "\")";
        s.step(call);
        AtomicReference<Optional<String>> got = new AtomicReference<>();
        unavailable(call, () -> got.set(client.get(key)));
        Optional<String> observed = got.get() == null ? Optional.empty() : got.get();
        s.observe(show(observed));
        Optional<String> expected = Optional.ofNullable(model.get(key));
        if (!expected.equals(observed)) {
          verdict.judge(call, expected, observed);
        }
      }
    }
  }

  /** Fails the request if it threw NodeUnavailableException while a node was up to serve it. */
  private void unavailable(String call, Runnable request) {
    try {
      request.run();
    } catch (NodeUnavailableException e) {
      String up = cluster.nodes().stream().filter(n -> n.isUp()
          && cluster.members().contains(n.id())).map(SimNode::id)
          .collect(Collectors.joining(", "));
      throw new GuaranteeViolation("a request fails only when no node that could serve it is up",
          call + " threw NodeUnavailableException (" + e.getMessage() + ") while " + up
              + " were up: route around a crashed node to the next live one");
    }
  }

  /** Renders a get's answer as the failure message shows it. */
  static String show(Optional<String> value) {
    return value.map(v -> "\"" + v + "\"").orElse("absent");
  }
}
