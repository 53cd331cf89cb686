package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.systems.leaderboard.backend.CodePointOrder;
import dev.gauntlet.specs.leaderboard.RankingStyle;
import dev.gauntlet.specs.leaderboard.Standing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a correct leaderboard answers: totals from the distinct recorded ids, ranked plainly. */
final class ServiceModel {

  /** The service's order: highest total first, equal totals in descending code point order. */
  static final Comparator<Map.Entry<String, Long>> ORDER = Comparator
      .comparing((Map.Entry<String, Long> e) -> e.getValue()).reversed()
      .thenComparing(Map.Entry::getKey, CodePointOrder.COMPARATOR.reversed());

  private final Map<String, Long> totals = new HashMap<>();
  private final Set<String> recorded = new HashSet<>();

  /** Records a submission unless its id was; returns the player's total after it. */
  long submit(String id, String player, long points) {
    if (recorded.add(id)) {
      totals.merge(player, points, Long::sum);
    }
    return totals.getOrDefault(player, 0L);
  }

  boolean isRecorded(String id) {
    return recorded.contains(id);
  }

  long total(String player) {
    return totals.getOrDefault(player, 0L);
  }

  int players() {
    return totals.size();
  }

  List<Standing> top(int n, RankingStyle style) {
    List<Standing> all = ranked(style);
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }

  Optional<Standing> standing(String player, RankingStyle style) {
    return ranked(style).stream().filter(s -> s.player().equals(player)).findFirst();
  }

  List<Standing> around(String player, int k, RankingStyle style) {
    List<Standing> all = ranked(style);
    for (int p = 0; p < all.size(); p++) {
      if (all.get(p).player().equals(player)) {
        return List.copyOf(all.subList(Math.max(0, p - k), Math.min(all.size(), p + k + 1)));
      }
    }
    return List.of();
  }

  /** Everyone in order with ranks: 1 + players above (competition) or distinct totals above. */
  List<Standing> ranked(RankingStyle style) {
    List<Map.Entry<String, Long>> order = new ArrayList<>(totals.entrySet());
    order.sort(ORDER);
    List<Standing> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : order) {
      long above = style == RankingStyle.COMPETITION
          ? totals.values().stream().filter(t -> t > e.getValue()).count()
          : totals.values().stream().filter(t -> t > e.getValue()).distinct().count();
      out.add(new Standing(e.getKey(), e.getValue(), 1 + above));
    }
    return out;
  }
}
