package dev.gauntlet.specs.objectstore;

/**
 * What a get or head may ask besides the key: a range and conditions.
 *
 * @param range the bytes to return, or null for the whole object (a head ignores it)
 * @param ifMatch If-Match: answer only if the ETag equals this, else
 *     {@link ErrorCode#PRECONDITION_FAILED}; null for none
 * @param ifNoneMatch If-None-Match: if the ETag equals this (or this is {@code *}), answer
 *     {@link ErrorCode#NOT_MODIFIED}; null for none
 */
public record GetOptions(ByteRange range, String ifMatch, String ifNoneMatch) {

  /** Returns options with nothing set: the whole object, unconditionally. */
  public static GetOptions none() {
    return new GetOptions(null, null, null);
  }

  /** Returns a copy with this range. */
  public GetOptions withRange(ByteRange r) {
    return new GetOptions(r, ifMatch, ifNoneMatch);
  }

  /** Returns a copy with If-Match: {@code etag}. */
  public GetOptions withIfMatch(String etag) {
    return new GetOptions(range, etag, ifNoneMatch);
  }

  /** Returns a copy with If-None-Match: {@code etag}. */
  public GetOptions withIfNoneMatch(String etag) {
    return new GetOptions(range, ifMatch, etag);
  }
}
