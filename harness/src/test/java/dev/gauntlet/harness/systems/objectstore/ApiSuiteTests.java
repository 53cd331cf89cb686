package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.systems.objectstore.bugs.CheckThenPutFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.DeleteNotIdempotentFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.SuffixRangeNotClippedFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.TokenRepeatsPrefixFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.TokenSkipsEntryFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.Utf16ListingOrderFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.WholeObjectEtagFactory;
import org.junit.jupiter.api.Test;

class ApiSuiteTests {

  @Test
  void modelCatchesADeleteThatIsNotIdempotent() {
    Planted.assertCaught(DeleteNotIdempotentFactory.class, "objectstore.api.model",
        ApiScenario.OBJECTS);
  }

  @Test
  void listingCatchesUtf16Order() {
    Planted.assertCaught(Utf16ListingOrderFactory.class, "objectstore.api.listing",
        ApiScenario.LISTINGS);
  }

  @Test
  void listingCatchesATokenThatRepeatsACommonPrefix() {
    Planted.assertCaught(TokenRepeatsPrefixFactory.class, "objectstore.api.listing",
        ApiScenario.LISTINGS);
  }

  @Test
  void listingCatchesATokenThatSkipsAnEntry() {
    Planted.assertCaught(TokenSkipsEntryFactory.class, "objectstore.api.listing",
        ApiScenario.LISTINGS);
  }

  @Test
  void multipartCatchesAnEtagOfTheWholeBytes() {
    Planted.assertCaught(WholeObjectEtagFactory.class, "objectstore.api.multipart",
        ApiScenario.MULTIPART);
  }

  @Test
  void rangesCatchASuffixRangeThatIsNotClipped() {
    Planted.assertCaught(SuffixRangeNotClippedFactory.class, "objectstore.api.ranges",
        ApiScenario.RANGES);
  }

  @Test
  void conditionalCatchesCheckThenPutInARace() {
    Planted.assertCaught(CheckThenPutFactory.class, "objectstore.api.conditional",
        RacingWrites.GUARANTEE);
  }
}
