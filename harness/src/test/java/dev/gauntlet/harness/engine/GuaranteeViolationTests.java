package dev.gauntlet.harness.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuaranteeViolationTests {

  @Test
  void expectedAndObservedAreRenderedInTheMessage() {
    GuaranteeViolation v = new GuaranteeViolation("read-after-write", Optional.of("a"), Optional.empty());
    assertEquals("read-after-write: expected Optional[a], observed Optional.empty", v.getMessage());
    assertEquals("read-after-write", v.guarantee());
    assertEquals("Optional[a]", v.expected());
    assertEquals("Optional.empty", v.observed());
  }

  @Test
  void detailOnlyHasNoExpectedOrObserved() {
    GuaranteeViolation v = new GuaranteeViolation("no-lost-acks", "record 7 acknowledged but missing");
    assertEquals("no-lost-acks: record 7 acknowledged but missing", v.getMessage());
    assertNull(v.expected());
    assertNull(v.observed());
  }

  @Test
  void nullValuesRenderAsNull() {
    GuaranteeViolation v = new GuaranteeViolation("g", null, 3);
    assertEquals("null", v.expected());
    assertEquals("g: expected null, observed 3", v.getMessage());
  }

  @Test
  void expectEqualThrowsOnlyWhenValuesDiffer() {
    assertDoesNotThrow(() -> GuaranteeViolation.expectEqual("g", "a", "a"));
    assertDoesNotThrow(() -> GuaranteeViolation.expectEqual("g", null, null));
    GuaranteeViolation v = assertThrows(GuaranteeViolation.class, () -> GuaranteeViolation.expectEqual("g", 1, 2));
    assertEquals("g: expected 1, observed 2", v.getMessage());
  }

  @Test
  void expectTrueThrowsOnlyWhenFalse() {
    assertDoesNotThrow(() -> GuaranteeViolation.expectTrue("g", true, "fine"));
    GuaranteeViolation v = assertThrows(GuaranteeViolation.class, () -> GuaranteeViolation.expectTrue("g", false, "broke"));
    assertEquals("g: broke", v.getMessage());
  }
}
