package dev.gauntlet.harness.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Searches for the shortlex-smallest choice sequence that still fails with the same signature.
 *
 * <p>Each candidate is an edited copy of the best sequence so far, replayed through the body, so
 * it is a valid scenario by construction. The passes run in order, cheapest and most effective
 * first, and repeat until a whole round finds nothing smaller or the replay budget is spent.
 */
final class Shrinker {

  private static final int[] BLOCK_SIZES = {8, 4, 2, 1};

  private final Function<List<Long>, Execution> replay;
  private final FailureSignature target;
  private final int budget;
  private final Set<List<Long>> tried = new HashSet<>();
  private Execution best;
  private int replays;

  Shrinker(Function<List<Long>, Execution> replay, Execution failing, int budget) {
    this.replay = replay;
    this.target = FailureSignature.of(failing.failure());
    this.budget = budget;
    this.best = failing;
    tried.add(failing.choices());
  }

  /** Shrinks to a fixpoint or until the budget is spent; returns the smallest failing run found. */
  Execution shrink() {
    boolean improved = true;
    while (improved && replays < budget) {
      improved = deleteSpans();
      improved |= deleteBlocks();
      improved |= zeroBlocks();
      improved |= minimiseValues();
    }
    return best;
  }

  /** Returns how many replays shrinking spent. */
  int replays() {
    return replays;
  }

  /** Deletes groups of whole steps, larger groups first: most of a long scenario is irrelevant. */
  private boolean deleteSpans() {
    boolean improved = false;
    for (int size = Integer.highestOneBit(Math.max(1, best.spans().size())); size >= 1; size /= 2) {
      for (int i = 0; i + size <= best.spans().size() && replays < budget; ) {
        List<Execution.Span> group = best.spans().subList(i, i + size);
        if (consider(without(best.choices(), group))) {
          improved = true; // the next group slid into place i
        } else {
          i++;
        }
      }
    }
    return improved;
  }

  /** Deletes runs of choices that are not whole steps, e.g. one argument of a step. */
  private boolean deleteBlocks() {
    boolean improved = false;
    for (int size : BLOCK_SIZES) {
      for (int i = 0; i + size <= best.choices().size() && replays < budget; ) {
        List<Long> candidate = new ArrayList<>(best.choices());
        candidate.subList(i, i + size).clear();
        if (consider(candidate)) {
          improved = true;
        } else {
          i++;
        }
      }
    }
    return improved;
  }

  /** Zeroes runs of choices at once, which single-value minimisation cannot do when they depend on each other. */
  private boolean zeroBlocks() {
    boolean improved = false;
    for (int b = 0; b < BLOCK_SIZES.length - 1; b++) { // size 1 is minimiseValues' first try
      int size = BLOCK_SIZES[b];
      for (int i = 0; i + size <= best.choices().size() && replays < budget; i++) {
        List<Long> candidate = new ArrayList<>(best.choices());
        if (candidate.subList(i, i + size).stream().anyMatch(v -> v != 0)) {
          candidate.subList(i, i + size).replaceAll(v -> 0L);
          improved |= consider(candidate);
        }
      }
    }
    return improved;
  }

  /** Makes each choice as small as it can be: 0 first, then a binary search below its value. */
  private boolean minimiseValues() {
    boolean improved = false;
    for (int i = 0; i < best.choices().size() && replays < budget; i++) {
      long current = best.choices().get(i);
      if (current == 0) {
        continue;
      }
      if (consider(with(i, 0))) {
        improved = true;
        continue;
      }
      long failsNot = 0; // unsigned bounds: failsNot does not reproduce, current does
      while (Long.compareUnsigned(current - failsNot, 1) > 0 && replays < budget) {
        long mid = failsNot + ((current - failsNot) >>> 1);
        if (consider(with(i, mid))) {
          improved = true;
          if (i >= best.choices().size()) {
            break;
          }
          current = best.choices().get(i);
          if (Long.compareUnsigned(failsNot, current) >= 0) {
            failsNot = 0; // the best changed around index i: search below its new value afresh
          }
        } else {
          failsNot = mid;
        }
      }
    }
    return improved;
  }

  /**
   * Replays {@code candidate} and keeps it if it is smaller than the best and fails the same way.
   * A candidate that is not smaller, was tried before, or comes after the budget is spent is not
   * replayed, so the budget counts only replays that could improve the result.
   */
  private boolean consider(List<Long> candidate) {
    List<Long> choices = Execution.canonical(candidate);
    if (Execution.compareShortlex(choices, best.choices()) >= 0 || replays >= budget || !tried.add(choices)) {
      return false;
    }
    replays++;
    Execution run = replay.apply(choices);
    if (run.failed() && !run.overran() && target.equals(FailureSignature.of(run.failure()))
        && Execution.compareShortlex(run.choices(), best.choices()) < 0) {
      best = run;
      return true;
    }
    return false; // passed, or a different bug: never swap one bug for another
  }

  private List<Long> with(int index, long value) {
    List<Long> candidate = new ArrayList<>(best.choices());
    candidate.set(index, value);
    return candidate;
  }

  private static List<Long> without(List<Long> choices, List<Execution.Span> spans) {
    List<Long> kept = new ArrayList<>(choices.size());
    int span = 0;
    for (int i = 0; i < choices.size(); i++) {
      while (span < spans.size() && spans.get(span).end() <= i) {
        span++;
      }
      boolean inSpan = span < spans.size() && spans.get(span).start() <= i;
      if (!inSpan) {
        kept.add(choices.get(i));
      }
    }
    return kept;
  }
}
