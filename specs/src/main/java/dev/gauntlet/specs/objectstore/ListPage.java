package dev.gauntlet.specs.objectstore;

import java.util.List;
import java.util.Objects;

/**
 * One page of a ListObjectsV2 listing.
 *
 * @param contents the objects, in UTF-8 byte order of their keys
 * @param commonPrefixes the common prefixes, in UTF-8 byte order
 * @param truncated whether more entries follow this page
 * @param nextContinuationToken the token for the next page when truncated, else null
 */
public record ListPage(List<ObjectSummary> contents, List<String> commonPrefixes,
    boolean truncated, String nextContinuationToken) {

  /** Copies the lists. */
  public ListPage {
    contents = List.copyOf(Objects.requireNonNull(contents, "contents"));
    commonPrefixes = List.copyOf(Objects.requireNonNull(commonPrefixes, "commonPrefixes"));
  }

  /** Returns S3's KeyCount: keys plus common prefixes in this page. */
  public int keyCount() {
    return contents.size() + commonPrefixes.size();
  }
}
