package dev.gauntlet.specs.objectstore;

import java.util.Map;
import java.util.Objects;

/**
 * What a put carries besides the bytes: content type, user metadata, and at most one condition.
 *
 * @param contentType the content type; null stores S3's default {@code binary/octet-stream}
 * @param userMetadata user metadata, stored and returned as given; not null
 * @param ifMatch If-Match: write only if the key exists with this ETag (a compare-and-swap);
 *     null for none
 * @param ifNoneMatchAny If-None-Match: {@code *}: write only if the key does not exist
 */
public record PutOptions(String contentType, Map<String, String> userMetadata, String ifMatch,
    boolean ifNoneMatchAny) {

  /** S3's content type for an object put without one. */
  public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

  /** Copies the metadata. */
  public PutOptions {
    userMetadata = Map.copyOf(Objects.requireNonNull(userMetadata, "userMetadata"));
  }

  /** Returns options with nothing set. */
  public static PutOptions defaults() {
    return new PutOptions(null, Map.of(), null, false);
  }

  /** Returns a copy with this content type. */
  public PutOptions withContentType(String type) {
    return new PutOptions(type, userMetadata, ifMatch, ifNoneMatchAny);
  }

  /** Returns a copy with this user metadata. */
  public PutOptions withUserMetadata(Map<String, String> metadata) {
    return new PutOptions(contentType, metadata, ifMatch, ifNoneMatchAny);
  }

  /** Returns a copy with If-Match: {@code etag}. */
  public PutOptions withIfMatch(String etag) {
    return new PutOptions(contentType, userMetadata, etag, ifNoneMatchAny);
  }

  /** Returns a copy with If-None-Match: {@code *}. */
  public PutOptions withIfNoneMatchAny() {
    return new PutOptions(contentType, userMetadata, ifMatch, true);
  }

  /** Returns the content type to store: the given one or {@link #DEFAULT_CONTENT_TYPE}. */
  public String effectiveContentType() {
    return contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
  }
}
