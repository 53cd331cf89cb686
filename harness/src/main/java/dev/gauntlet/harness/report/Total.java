package dev.gauntlet.harness.report;

/**
 * Points earned out of points possible.
 *
 * @param score points earned, rounded to 2 decimals
 * @param max points possible (skipped checks excluded)
 * @param percent score / max × 100, rounded to 1 decimal; 0 when max is 0
 */
public record Total(double score, double max, double percent) {

  /** The total of nothing. */
  public static final Total ZERO = new Total(0, 0, 0);

  /** Returns the total of {@code score} out of {@code max}, rounded as reported. */
  public static Total of(double score, double max) {
    double percent = max == 0 ? 0 : Math.round(score / max * 1000) / 10.0;
    return new Total(Math.round(score * 100) / 100.0, max, percent);
  }

  /** Returns this total plus {@code other}. */
  public Total plus(Total other) {
    return of(score + other.score, max + other.max);
  }
}
