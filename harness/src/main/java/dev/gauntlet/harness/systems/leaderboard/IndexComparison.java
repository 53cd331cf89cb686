package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.leaderboard.RankedIndex;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Drives a candidate's {@link RankedIndex} and an {@link IndexModel} side by side, logging each
 * call as a scenario step and comparing every answer.
 */
final class IndexComparison {

  static final String ADD = "add returns true exactly when the member is new (ZADD), and sets"
      + " its score";
  static final String INCREMENT = "incrementBy adds to the score, from 0 when absent, and"
      + " returns the new score (ZINCRBY)";
  static final String REMOVE = "remove returns true exactly when the member was present (ZREM)";
  static final String SCORE = "score returns the last score set, exactly (ZSCORE)";
  static final String RANK = "rank is the 0-based position, highest score first (ZREVRANK)";
  static final String TIES = "equal scores are ordered by UTF-8 bytes: ascending views in"
      + " ascending byte order, descending views (rank, range) in descending byte order, never"
      + " by insertion";
  static final String RANGE = "range lists descending ranks start..stop with scores, clipped"
      + " at the end (ZREVRANGE)";
  static final String RANGE_ASCENDING = "rangeAscending lists ascending ranks start..stop with"
      + " scores, clipped at the end (ZRANGE)";
  static final String COUNT = "count is the number of members scoring within [min, max]"
      + " (ZCOUNT)";
  static final String SIZE = "size is the number of members (ZCARD)";
  static final String OUT_OF_RANGE = "a score outside ±2^53 is rejected with"
      + " IllegalArgumentException and changes nothing";
  static final String NEGATIVE_INDEX = "a negative rank index is rejected with"
      + " IllegalArgumentException";

  private final Scenario s;
  private final RankedIndex index;
  private final IndexModel model = new IndexModel();

  IndexComparison(Scenario s, RankedIndex index) {
    this.s = s;
    this.index = index;
  }

  void add(String member, long score) {
    s.step("index.add(" + q(member) + ", " + score + ")");
    if (!IndexModel.inRange(score)) {
      rejects(() -> index.add(member, score));
      return;
    }
    boolean observed = index.add(member, score);
    s.observe(Boolean.toString(observed));
    GuaranteeViolation.expectEqual(ADD, model.add(member, score), observed);
    checkSize();
  }

  void incrementBy(String member, long delta) {
    s.step("index.incrementBy(" + q(member) + ", " + delta + ")");
    OptionalLong next = model.incremented(member, delta);
    if (next.isEmpty() || !IndexModel.inRange(next.getAsLong())) {
      rejects(() -> index.incrementBy(member, delta));
      return;
    }
    long observed = index.incrementBy(member, delta);
    s.observe(Long.toString(observed));
    model.add(member, next.getAsLong());
    GuaranteeViolation.expectEqual(INCREMENT, next.getAsLong(), observed);
    checkSize();
  }

  void remove(String member) {
    s.step("index.remove(" + q(member) + ")");
    boolean observed = index.remove(member);
    s.observe(Boolean.toString(observed));
    GuaranteeViolation.expectEqual(REMOVE, model.remove(member), observed);
    checkSize();
  }

  void score(String member) {
    s.step("index.score(" + q(member) + ")");
    OptionalLong observed = index.score(member);
    s.observe(String.valueOf(observed));
    GuaranteeViolation.expectEqual(SCORE, model.score(member), observed);
  }

  void rank(String member) {
    s.step("index.rank(" + q(member) + ")");
    OptionalLong observed = index.rank(member);
    s.observe(String.valueOf(observed));
    OptionalLong expected = model.rank(member);
    if (expected.equals(observed)) {
      return;
    }
    if (expected.isPresent() && observed.isPresent()) {
      long[] tied = model.tiedPositions(model.score(member).getAsLong());
      long r = observed.getAsLong();
      if (tied[1] > tied[0] && r >= tied[0] && r <= tied[1]) {
        throw new GuaranteeViolation(TIES, expected + " (" + (tied[1] - tied[0] + 1)
            + " members share the score " + model.score(member).getAsLong() + ": "
            + model.range(tied[0], tied[1]) + ")", observed);
      }
    }
    throw new GuaranteeViolation(RANK, expected, observed);
  }

  void range(long start, long stop) {
    s.step("index.range(" + start + ", " + stop + ")");
    List<ScoredMember> observed = index.range(start, stop);
    s.observe(String.valueOf(observed));
    compareRange(RANGE, model.range(start, stop), observed);
  }

  void rangeAscending(long start, long stop) {
    s.step("index.rangeAscending(" + start + ", " + stop + ")");
    List<ScoredMember> observed = index.rangeAscending(start, stop);
    s.observe(String.valueOf(observed));
    compareRange(RANGE_ASCENDING, model.rangeAscending(start, stop), observed);
  }

  void negativeIndex(boolean ascending, long start, long stop) {
    String call = ascending ? "rangeAscending" : "range";
    s.step("index." + call + "(" + start + ", " + stop + ")");
    try {
      Object answer = ascending ? index.rangeAscending(start, stop) : index.range(start, stop);
      s.observe(String.valueOf(answer));
      throw new GuaranteeViolation(NEGATIVE_INDEX, "IllegalArgumentException", answer);
    } catch (IllegalArgumentException expected) {
      s.observe("IllegalArgumentException");
    }
  }

  void count(long min, long max) {
    s.step("index.count(" + min + ", " + max + ")");
    long observed = index.count(min, max);
    s.observe(Long.toString(observed));
    GuaranteeViolation.expectEqual(COUNT, model.count(min, max), observed);
  }

  /** Members the model holds, for scenarios that want an existing one. */
  long size() {
    return model.size();
  }

  private void compareRange(String guarantee, List<ScoredMember> expected,
      List<ScoredMember> observed) {
    if (expected.equals(observed)) {
      return;
    }
    boolean sameScores = expected.size() == observed.size()
        && expected.stream().map(ScoredMember::score).toList()
            .equals(observed.stream().map(ScoredMember::score).toList())
        && expected.stream().map(ScoredMember::member).sorted().toList()
            .equals(observed.stream().map(ScoredMember::member).sorted().toList());
    throw new GuaranteeViolation(sameScores ? TIES : guarantee, expected, observed);
  }

  private void rejects(Supplier<Object> call) {
    Object answer;
    try {
      answer = call.get();
    } catch (IllegalArgumentException e) {
      s.observe("IllegalArgumentException");
      checkSize();
      return;
    }
    s.observe(String.valueOf(answer));
    throw new GuaranteeViolation(OUT_OF_RANGE, "IllegalArgumentException", answer);
  }

  private void checkSize() {
    long observed = index.size();
    if (observed != model.size()) {
      s.step("index.size()");
      s.observe(Long.toString(observed));
      throw new GuaranteeViolation(SIZE, model.size(), observed);
    }
  }

  /** Quotes a member as Java source, escaping what would not read as itself. */
  static String q(String member) {
    StringBuilder out = new StringBuilder("\"");
    member.codePoints().forEach(c -> {
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        out.append((char) c);
      } else if (c == 'é') {
        out.append('é');
      } else {
        for (char unit : Character.toChars(c)) {
          out.append(String.format("\\u%04X", (int) unit));
        }
      }
    });
    return out.append('"').toString();
  }
}
