package dev.gauntlet.specs.objectstore;

import java.util.Objects;

/**
 * The parameters of a ListObjectsV2 request.
 *
 * @param prefix only keys that start with this; "" for all
 * @param delimiter if not null (and not empty), keys with this after the prefix are rolled up
 *     into one common prefix each: the key up to and including the first delimiter after the
 *     prefix
 * @param maxKeys the most entries (keys plus common prefixes) in one page: at least 1; above
 *     {@link ObjectStore#MAX_KEYS} it means {@link ObjectStore#MAX_KEYS}
 * @param continuationToken the token of the previous page, or null for the first page
 * @param startAfter list only keys after this one (ignored with a continuation token); null for
 *     none
 */
public record ListRequest(String prefix, String delimiter, int maxKeys, String continuationToken,
    String startAfter) {

  /** Requires a prefix. */
  public ListRequest {
    Objects.requireNonNull(prefix, "prefix");
  }

  /** Returns the request for a first page of everything, {@link ObjectStore#MAX_KEYS} at most. */
  public static ListRequest all() {
    return new ListRequest("", null, ObjectStore.MAX_KEYS, null, null);
  }

  /** Returns a copy with this prefix. */
  public ListRequest withPrefix(String p) {
    return new ListRequest(p, delimiter, maxKeys, continuationToken, startAfter);
  }

  /** Returns a copy with this delimiter. */
  public ListRequest withDelimiter(String d) {
    return new ListRequest(prefix, d, maxKeys, continuationToken, startAfter);
  }

  /** Returns a copy with this page size. */
  public ListRequest withMaxKeys(int n) {
    return new ListRequest(prefix, delimiter, n, continuationToken, startAfter);
  }

  /** Returns a copy that asks for the page after the one that gave {@code token}. */
  public ListRequest withContinuationToken(String token) {
    return new ListRequest(prefix, delimiter, maxKeys, token, startAfter);
  }

  /** Returns a copy that starts after {@code key}. */
  public ListRequest withStartAfter(String key) {
    return new ListRequest(prefix, delimiter, maxKeys, continuationToken, key);
  }
}
