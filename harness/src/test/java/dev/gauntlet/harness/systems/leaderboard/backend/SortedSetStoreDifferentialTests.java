package dev.gauntlet.harness.systems.leaderboard.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gauntlet.specs.leaderboard.RankedIndex;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import dev.gauntlet.specs.leaderboard.SortedSetStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Real Redis is the oracle of the embedded store: the same generated command sequences, run on
 * both, must get the same answer to every command: scores, ranks, ranges with Redis's negative
 * indexes, counts, renames, and ties between members whose UTF-8 bytes order differently from
 * their UTF-16 units ("é", U+FFFF, U+1F600). Skipped, with the reason, where no Redis runs.
 */
class SortedSetStoreDifferentialTests {

  private static final List<String> MEMBERS = List.of("", "a", "b", "A", "ab", "a ", "z", "é",
      "\uFFFF", "\uD83D\uDE00", "\uD83D\uDE00a", "\uE000", "10", "9");
  private static final List<String> KEYS = List.of("s", "t", "u");
  private static final long MAX = RankedIndex.MAX_SCORE;
  private static final long[] SCORES = {0, 1, -1, 2, 10, -10, MAX, -MAX, MAX - 1, 3};

  @Test
  void theEmbeddedStoreAnswersAsRedisDoes() {
    LocalServices.assumeAvailable();
    int commands = 0;
    try (Backend redis = LocalServices.open()) {
      for (int sequence = 0; sequence < 60; sequence++) {
        SortedSetStore real = redis.newStore("diff-" + sequence);
        SortedSetStore embedded = new EmbeddedSortedSets();
        try {
          commands += run(new SplittableRandom(1000 + sequence), real, embedded);
        } finally {
          ((RedisSortedSets) real).wipe();
        }
      }
    }
    System.out.println("embedded = Redis on " + commands + " commands");
  }

  @Test
  void tiesOrderByUtf8BytesUpAndReversedDown() {
    SortedSetStore store = new EmbeddedSortedSets();
    for (String m : List.of("\uD83D\uDE00", "z", "\uFFFF", "é")) {
      store.add("k", m, 10);
    }
    store.add("k", "top", 11);
    assertEquals(List.of("z", "é", "\uFFFF", "\uD83D\uDE00", "top"),
        store.range("k", 0, -1).stream().map(ScoredMember::member).toList());
    assertEquals(List.of("top", "\uD83D\uDE00", "\uFFFF", "é", "z"),
        store.reverseRange("k", 0, -1).stream().map(ScoredMember::member).toList());
    assertEquals(4, store.reverseRank("k", "z").orElseThrow());
  }

  private static int run(SplittableRandom random, SortedSetStore real, SortedSetStore embedded) {
    List<String> log = new ArrayList<>();
    int steps = 20 + random.nextInt(80);
    for (int i = 0; i < steps; i++) {
      String key = KEYS.get(random.nextInt(KEYS.size()));
      String member = MEMBERS.get(random.nextInt(MEMBERS.size()));
      long score = SCORES[random.nextInt(SCORES.length)];
      long a = random.nextInt(-8, 9);
      long b = random.nextInt(-8, 9);
      int op = random.nextInt(14);
      String call;
      Function<SortedSetStore, Object> command;
      switch (op) {
        case 0, 1 -> {
          call = "add(" + key + ", " + member + ", " + score + ")";
          command = s -> s.add(key, member, score);
        }
        case 2 -> {
          List<ScoredMember> batch = List.of(new ScoredMember(member, score),
              new ScoredMember(MEMBERS.get(random.nextInt(MEMBERS.size())), a));
          call = "addAll(" + key + ", " + batch + ")";
          command = s -> s.addAll(key, batch);
        }
        case 3 -> {
          call = "incrementBy(" + key + ", " + member + ", " + a + ")";
          command = s -> s.incrementBy(key, member, a);
        }
        case 4 -> {
          call = "remove(" + key + ", " + member + ")";
          command = s -> s.remove(key, member);
        }
        case 5 -> {
          call = "score(" + key + ", " + member + ")";
          command = s -> s.score(key, member);
        }
        case 6 -> {
          call = "rank(" + key + ", " + member + ")";
          command = s -> List.of(s.rank(key, member), s.reverseRank(key, member));
        }
        case 7, 8 -> {
          call = "ranges(" + key + ", " + a + ", " + b + ")";
          command = s -> List.of(s.range(key, a, b), s.reverseRange(key, a, b));
        }
        case 9 -> {
          long lo = random.nextBoolean() ? score : Long.MIN_VALUE;
          long hi = random.nextBoolean() ? SCORES[random.nextInt(SCORES.length)] : MAX + 1;
          call = "count(" + key + ", " + lo + ", " + hi + ")";
          command = s -> s.count(key, lo, hi);
        }
        case 10 -> {
          call = "size/exists(" + key + ")";
          command = s -> List.of(s.size(key), s.exists(key));
        }
        case 11 -> {
          call = "delete(" + key + ")";
          command = s -> s.delete(key);
        }
        case 12 -> {
          String to = KEYS.get(random.nextInt(KEYS.size()));
          call = "rename(" + key + ", " + to + ")";
          command = s -> {
            s.rename(key, to);
            return List.of(s.range(to, 0, -1), s.exists(key));
          };
        }
        default -> {
          call = "incrementBy(" + key + ", " + member + ", " + score + ")";
          command = s -> s.incrementBy(key, member, score);
        }
      }
      log.add(call);
      Object expected = outcome(real, command);
      Object observed = outcome(embedded, command);
      if (!Objects.equals(expected, observed)) {
        fail("after\n  " + String.join("\n  ", log) + "\nRedis answered " + expected
            + " but the embedded store " + observed);
      }
    }
    return steps;
  }

  /** The answer, or the kind of exception, so errors compare too. */
  private static Object outcome(SortedSetStore store, Function<SortedSetStore, Object> command) {
    try {
      return command.apply(store);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return e.getClass().getSimpleName();
    }
  }
}
