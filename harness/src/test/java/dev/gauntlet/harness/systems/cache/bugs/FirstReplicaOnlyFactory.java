package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.NodeHandle;
import dev.gauntlet.specs.cache.NodeUnavailableException;
import java.util.Optional;

/**
 * Planted bug: a get asks the first live replica only and takes its miss for "absent". After
 * that replica crashed and restarted empty, the value its peers still hold is never found.
 * {@code cache.replication.crash} must catch it.
 */
public final class FirstReplicaOnlyFactory extends BuggyClientFactory {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    RoutingView view = new RoutingView(environment);
    return new ForwardingClient(reference.newClient(environment)) {
      @Override
      public Optional<String> get(String key) {
        for (NodeHandle node : view.preferenceList(key)) {
          try {
            if (node.get(key).isEmpty()) {
              return Optional.empty(); // the bug: a miss on one replica is not the answer
            }
            break;
          } catch (NodeUnavailableException e) {
            // down: try the next node
          }
        }
        return delegate.get(key);
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
