package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.NodeHandle;
import java.util.Optional;

/**
 * Planted bug: a router that keeps sending to a crashed node. Every request first goes to the
 * key's owner on the ring, and when the owner is down the {@code NodeUnavailableException}
 * escapes instead of the request moving on to the next live node. {@code cache.replication.crash}
 * must catch it.
 */
public final class StuckRouterFactory extends BuggyClientFactory {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    RoutingView view = new RoutingView(environment);
    return new ForwardingClient(reference.newClient(environment)) {
      private void routeToOwner(String key) {
        view.preferenceList(key).get(0).get(key); // the bug: throws when the owner is down
      }

      @Override
      public Optional<String> get(String key) {
        routeToOwner(key);
        return delegate.get(key);
      }

      @Override
      public void put(String key, String value) {
        routeToOwner(key);
        delegate.put(key, value);
      }

      @Override
      public void delete(String key) {
        routeToOwner(key);
        delegate.delete(key);
      }

      @Override
      public void nodeJoined(NodeHandle node) {
        view.joined(node);
        delegate.nodeJoined(node);
      }

      @Override
      public void nodeLeft(String nodeId) {
        view.left(nodeId);
        delegate.nodeLeft(nodeId);
      }
    };
  }
}
