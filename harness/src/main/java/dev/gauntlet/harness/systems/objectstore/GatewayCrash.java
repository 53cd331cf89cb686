package dev.gauntlet.harness.systems.objectstore;

/**
 * Thrown through a gateway to simulate its process dying in the middle of a request: the request
 * stops where it is, and the harness never uses that gateway again. An {@link Error}, so that a
 * gateway's ordinary {@code catch (RuntimeException e)} does not swallow it.
 */
public final class GatewayCrash extends Error {

  private static final long serialVersionUID = 1L;

  /** Creates the crash at a request. */
  public GatewayCrash(NodeRequest at) {
    super("gateway crashed at " + at, null, false, false);
  }
}
