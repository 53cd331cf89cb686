package dev.gauntlet.harness.systems.log;

import dev.gauntlet.specs.log.Disk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A broker's disk: survives the broker's crashes because the harness keeps it and hands it to
 * the broker's next incarnation. Entries are strings, so nothing a broker keeps in memory can
 * alias what it wrote.
 */
final class SimDisk implements Disk {

  private final Map<String, List<String>> files = new TreeMap<>();
  private long writes;

  @Override
  public void append(String file, String entry) {
    Objects.requireNonNull(entry, "entry");
    files.computeIfAbsent(name(file), f -> new ArrayList<>()).add(entry);
    writes++;
  }

  @Override
  public List<String> read(String file) {
    List<String> entries = files.get(name(file));
    return entries == null ? List.of() : List.copyOf(entries);
  }

  @Override
  public int size(String file) {
    List<String> entries = files.get(name(file));
    return entries == null ? 0 : entries.size();
  }

  @Override
  public void truncate(String file, int entries) {
    if (entries < 0) {
      throw new IllegalArgumentException("cannot keep " + entries + " entries of " + file);
    }
    List<String> list = files.get(name(file));
    if (list != null && list.size() > entries) {
      list.subList(entries, list.size()).clear();
      writes++;
    }
  }

  @Override
  public void replace(String file, List<String> entries) {
    List<String> copy = new ArrayList<>(entries.size());
    entries.forEach(e -> copy.add(Objects.requireNonNull(e, "entry")));
    files.put(name(file), copy);
    writes++;
  }

  @Override
  public Set<String> files() {
    return Collections.unmodifiableSet(new TreeSet<>(files.keySet()));
  }

  /** Returns how many writes the broker made, for the report. */
  long writes() {
    return writes;
  }

  private static String name(String file) {
    return Objects.requireNonNull(file, "file");
  }
}
