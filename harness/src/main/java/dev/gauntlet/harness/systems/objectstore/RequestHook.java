package dev.gauntlet.harness.systems.objectstore;

/**
 * Sees every request to every node of a {@link SimStore}, before it takes effect and after.
 * This is how the harness interleaves another gateway's request, fails a node, or drops a
 * gateway at an exact point of a request.
 */
public interface RequestHook {

  /** Called before the request takes effect; may throw to stop it. */
  default void before(NodeRequest request) {}

  /** Called after the request took effect, before its caller sees the answer. */
  default void after(NodeRequest request) {}
}
