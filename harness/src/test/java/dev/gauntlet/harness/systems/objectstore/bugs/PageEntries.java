package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.harness.systems.objectstore.Utf8Order;
import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ObjectSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A listing page's keys and common prefixes as one sequence, for the listing bugs. */
record PageEntries(String name, ObjectSummary summary) {

  static List<PageEntries> of(ListPage page, Comparator<String> order) {
    List<PageEntries> all = new ArrayList<>();
    page.contents().forEach(s -> all.add(new PageEntries(s.key(), s)));
    page.commonPrefixes().forEach(p -> all.add(new PageEntries(p, null)));
    all.sort((a, b) -> order.compare(a.name(), b.name()));
    return all;
  }

  static List<PageEntries> of(ListPage page) {
    return of(page, Utf8Order.INSTANCE);
  }

  static ListPage page(List<PageEntries> entries, boolean truncated, String token) {
    List<ObjectSummary> contents = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (PageEntries e : entries) {
      if (e.summary() == null) {
        prefixes.add(e.name());
      } else {
        contents.add(e.summary());
      }
    }
    return new ListPage(contents, prefixes, truncated, truncated ? token : null);
  }
}
