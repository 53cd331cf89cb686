package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Planted bug: a slow client. It rebuilds the consistent-hashing ring (every member's 200
 * virtual nodes) on every request to find the owner, O(N·v) work per operation instead of
 * O(log(N·v)). {@code cache.perf.throughput} must score it below full marks.
 */
public final class RingPerRequestFactory extends BuggyClientFactory {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    List<String> members = new ArrayList<>(environment.nodes().stream().map(NodeHandle::id)
        .toList());
    return new ForwardingClient(reference.newClient(environment)) {
      private int owners; // keeps the ring's answer alive, so the work cannot be optimised away

      private void route(String key) {
        HashRing ring = newRing(); // the bug: a new ring per request
        members.forEach(ring::addNode);
        owners += ring.ownerOf(key).length();
      }

      @Override
      public Optional<String> get(String key) {
        route(key);
        return delegate.get(key);
      }

      @Override
      public void put(String key, String value) {
        route(key);
        delegate.put(key, value);
      }

      @Override
      public void nodeJoined(NodeHandle node) {
        members.add(node.id());
        delegate.nodeJoined(node);
      }

      @Override
      public void nodeLeft(String nodeId) {
        members.remove(nodeId);
        delegate.nodeLeft(nodeId);
      }
    };
  }
}
