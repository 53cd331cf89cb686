package dev.gauntlet.specs.log;

import java.util.List;
import java.util.Set;

/**
 * A broker's disk: named files of string entries, owned by the harness. It survives a crash of
 * the broker; the broker's memory does not. Every call is durable when it returns (as if each
 * write were followed by fsync), so a crash loses nothing written; it loses everything held only
 * in memory. Encode what you store as strings (with lengths, so that any key or value fits).
 */
public interface Disk {

  /**
   * Appends an entry to a file, creating the file if absent.
   *
   * @param file the file's name
   * @param entry the entry
   */
  void append(String file, String entry);

  /**
   * Returns a file's entries.
   *
   * @param file the file's name
   * @return its entries in order (a copy), empty if the file does not exist
   */
  List<String> read(String file);

  /**
   * Returns how many entries a file has.
   *
   * @param file the file's name
   * @return the count, 0 if the file does not exist
   */
  int size(String file);

  /**
   * Keeps the first {@code entries} entries of a file and drops the rest.
   *
   * @param file the file's name
   * @param entries how many to keep; at least 0
   */
  void truncate(String file, int entries);

  /**
   * Replaces a file's content at once (as writing a temporary file and renaming it does).
   *
   * @param file the file's name
   * @param entries the new entries
   */
  void replace(String file, List<String> entries);

  /**
   * Returns the names of the files.
   *
   * @return the names, sorted
   */
  Set<String> files();
}
