package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;

/**
 * Writes cut short by a fault: a node failing at an exact node request of a put or completion,
 * or the gateway dying right after one. The write is fully visible or not at all, and no listing
 * shows an object whose bytes cannot be read.
 */
@CheckSuite(system = "objectstore", name = "atomicity", order = 6)
public class AtomicitySuite {

  /**
   * For a put of a new key, an overwrite, and a multipart completion that overwrites: at every
   * node request of the write in turn, either the node it goes to fails (down from then on) or
   * the gateway dies just after it. Then, through a fresh gateway, with the metadata node back
   * and the storage node still down: the key holds the whole old object or the whole new one
   * (the new one if the write returned), every listed key reads back with the listed size and
   * ETag, and a new write of the key succeeds.
   */
  @Check(id = "objectstore.atomicity.interrupted-put", title = "A write cut short by a node"
      + " failure or a gateway crash is fully visible or not at all", points = 8,
      category = Category.FAULT_TOLERANCE)
  void interruptedPut(CheckContext ctx) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    long points = 0;
    for (InterruptedWrite.Write write : InterruptedWrite.Write.values()) {
      for (InterruptedWrite.Fault fault : InterruptedWrite.Fault.values()) {
        points += InterruptedWrite.everyPoint(factory, write, fault);
      }
    }
    ctx.metric("interruptions-tried", points, "interruptions");
  }
}
