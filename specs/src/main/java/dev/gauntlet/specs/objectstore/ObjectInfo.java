package dev.gauntlet.specs.objectstore;

import java.util.Map;
import java.util.Objects;

/**
 * What a head returns, and a put or completion answers with.
 *
 * @param key the object's key
 * @param size the whole object's size in bytes
 * @param etag lowercase hex MD5 of the bytes for a single put; for a multipart upload, hex MD5
 *     of the concatenated binary MD5s of its parts, then {@code -N} for N parts; no quotes
 * @param contentType the content type
 * @param userMetadata the user metadata, as put
 * @param lastModified the clock's time of the put, or of the upload's creation for a
 *     multipart object (as S3 does)
 */
public record ObjectInfo(String key, long size, String etag, String contentType,
    Map<String, String> userMetadata, long lastModified) {

  /** Copies the metadata. */
  public ObjectInfo {
    userMetadata = Map.copyOf(Objects.requireNonNull(userMetadata, "userMetadata"));
  }
}
