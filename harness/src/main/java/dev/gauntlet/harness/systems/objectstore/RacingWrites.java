package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Two conditional writes of one key from two gateways, the second run whole at every point of
 * the first in turn (before each of its node requests): of the two, exactly one wins, the other
 * fails with PreconditionFailed or ConditionalRequestConflict, and the key then holds the
 * winner's bytes. A gateway that checks the condition and then writes without a compare-and-set
 * lets both win when the second write falls between its check and its write.
 */
final class RacingWrites {

  static final String GUARANTEE = "of two concurrent conditional writes of one key exactly one"
      + " wins, and the key holds its bytes";
  private static final String BUCKET = "race";
  private static final String KEY = "contended/\ud83d\ude00";
  private static final List<String> LOSES = List.of("error PreconditionFailed",
      "error ConditionalRequestConflict");

  /** Which race: two creates with If-None-Match: *, or two If-Match swaps of the same ETag. */
  enum Race { CREATE, SWAP }

  private RacingWrites() {}

  /** Tries every interleaving point; returns how many were tried. */
  static int run(ObjectStoreFactory factory, Race race) {
    byte[] first = Data.of(40, 1);
    byte[] second = Data.of(41, 2);
    for (int point = 0; ; point++) {
      SimStore store = new SimStore(factory);
      ObjectStore a = store.newGateway();
      ObjectStore b = store.newGateway();
      a.createBucket(BUCKET);
      PutOptions options = PutOptions.defaults().withIfNoneMatchAny();
      if (race == Race.SWAP) {
        String etag = a.putObject(BUCKET, KEY, Data.of(7, 3), PutOptions.defaults()).etag();
        options = PutOptions.defaults().withIfMatch(etag);
      }
      PutOptions o = options;
      Function<ObjectStore, Function<byte[], String>> put = gw -> data ->
          Outcome.of(() -> Show.info(gw.putObject(BUCKET, KEY, data, o)));
      String[] outcomes = new String[2];
      boolean fired = Interleaving.at(store, point, Interleaving.When.BEFORE,
          request -> outcomes[1] = put.apply(b).apply(second),
          () -> outcomes[0] = put.apply(a).apply(first));
      if (!fired) {
        return point;
      }
      String how = (race == Race.CREATE ? "If-None-Match: *" : "If-Match: <etag>")
          + "; gw2's put ran whole before gw1's node request #" + (point + 1);
      boolean aWon = !outcomes[0].startsWith("error");
      boolean bWon = !outcomes[1].startsWith("error");
      if (aWon == bWon || !LOSES.contains(outcomes[aWon ? 1 : 0])) {
        throw new GuaranteeViolation(GUARANTEE, "one ok and one PreconditionFailed or"
            + " ConditionalRequestConflict (" + how + ")",
            "gw1: " + outcomes[0] + "; gw2: " + outcomes[1]);
      }
      byte[] winner = aWon ? first : second;
      byte[] stored = store.newGateway().getObject(BUCKET, KEY, GetOptions.none()).body();
      if (!Arrays.equals(winner, stored)) {
        throw new GuaranteeViolation(GUARANTEE, "the winner's " + Show.bytes(winner) + " ("
            + how + ")", Show.bytes(stored));
      }
    }
  }
}
