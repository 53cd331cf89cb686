package dev.gauntlet.harness.engine;

import java.util.Objects;

/**
 * A broken guarantee: what was promised, what was expected, what was observed.
 *
 * <p>Checks throw this rather than a bare assertion error because the shrinker tells bugs apart
 * by {@link #guarantee()}: two violations of the same guarantee are the same bug, whatever the
 * values, so a scenario may shrink from one to the other.
 */
public class GuaranteeViolation extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final String guarantee;
  private final String expected;
  private final String observed;

  /**
   * Creates a violation with an expected/observed pair.
   *
   * @param guarantee what was promised, e.g. {@code "read-after-write"}
   * @param expected what the guarantee required
   * @param observed what the candidate did
   */
  public GuaranteeViolation(String guarantee, Object expected, Object observed) {
    super(guarantee + ": expected " + expected + ", observed " + observed);
    this.guarantee = Objects.requireNonNull(guarantee, "guarantee");
    this.expected = String.valueOf(expected);
    this.observed = String.valueOf(observed);
  }

  /**
   * Creates a violation described in words, without an expected/observed pair.
   *
   * @param guarantee what was promised
   * @param detail how it was broken
   */
  public GuaranteeViolation(String guarantee, String detail) {
    super(guarantee + ": " + detail);
    this.guarantee = Objects.requireNonNull(guarantee, "guarantee");
    this.expected = null;
    this.observed = null;
  }

  /** Returns what was promised. */
  public String guarantee() {
    return guarantee;
  }

  /** Returns the expected value rendered with {@code String.valueOf}, or {@code null} if absent. */
  public String expected() {
    return expected;
  }

  /** Returns the observed value rendered with {@code String.valueOf}, or {@code null} if absent. */
  public String observed() {
    return observed;
  }

  /**
   * Throws a violation of {@code guarantee} unless {@code expected} equals {@code observed}.
   *
   * @throws GuaranteeViolation if {@code !Objects.equals(expected, observed)}
   */
  public static void expectEqual(String guarantee, Object expected, Object observed) {
    if (!Objects.equals(expected, observed)) {
      throw new GuaranteeViolation(guarantee, expected, observed);
    }
  }

  /**
   * Throws a violation of {@code guarantee} described by {@code detail} unless {@code condition}.
   *
   * @throws GuaranteeViolation if {@code condition} is false
   */
  public static void expectTrue(String guarantee, boolean condition, String detail) {
    if (!condition) {
      throw new GuaranteeViolation(guarantee, detail);
    }
  }
}
