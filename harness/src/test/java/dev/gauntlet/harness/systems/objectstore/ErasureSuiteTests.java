package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.systems.objectstore.bugs.NonMdsCoderFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.ZeroFillingCoderFactory;
import org.junit.jupiter.api.Test;

class ErasureSuiteTests {

  @Test
  void everyLossPatternCatchesAMatrixThatIsNotMds() {
    Planted.assertCaught(NonMdsCoderFactory.class, "objectstore.erasure.every-loss-pattern",
        "any m lost shards (data or parity) are rebuilt exactly");
  }

  @Test
  void tooManyLossesCatchesADecoderThatMakesBytesUp() {
    Planted.assertCaught(ZeroFillingCoderFactory.class, "objectstore.erasure.too-many-losses",
        "more than m lost shards is an IllegalArgumentException");
  }
}
