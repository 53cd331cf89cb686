package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.NodeHandle;
import java.time.Duration;
import java.util.Optional;

/** A client that passes every call to a delegate; planted bugs override the one part they break. */
abstract class ForwardingClient implements CacheClient {

  final CacheClient delegate;

  ForwardingClient(CacheClient delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<String> get(String key) {
    return delegate.get(key);
  }

  @Override
  public void put(String key, String value) {
    delegate.put(key, value);
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    delegate.put(key, value, ttl);
  }

  @Override
  public void delete(String key) {
    delegate.delete(key);
  }

  @Override
  public void nodeJoined(NodeHandle node) {
    delegate.nodeJoined(node);
  }

  @Override
  public void nodeLeft(String nodeId) {
    delegate.nodeLeft(nodeId);
  }
}
