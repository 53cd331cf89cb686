package dev.gauntlet.specs.objectstore;

/** The S3 error codes an {@link ObjectStoreException} carries, with their HTTP status. */
public enum ErrorCode {
  /** The bucket does not exist. */
  NO_SUCH_BUCKET("NoSuchBucket", 404),
  /** The key does not exist (also: If-Match on a put of a missing key). */
  NO_SUCH_KEY("NoSuchKey", 404),
  /** The multipart upload does not exist: never created, completed, aborted, or of another key. */
  NO_SUCH_UPLOAD("NoSuchUpload", 404),
  /** createBucket of a bucket that exists. */
  BUCKET_ALREADY_EXISTS("BucketAlreadyExists", 409),
  /** deleteBucket of a bucket that holds objects or multipart uploads in progress. */
  BUCKET_NOT_EMPTY("BucketNotEmpty", 409),
  /** createBucket with a name that breaks S3's naming rules. */
  INVALID_BUCKET_NAME("InvalidBucketName", 400),
  /** An argument out of range: an empty key, a part number outside 1..10000, maxKeys below 1. */
  INVALID_ARGUMENT("InvalidArgument", 400),
  /** A key longer than 1024 UTF-8 bytes. */
  KEY_TOO_LONG("KeyTooLongError", 400),
  /** A range that starts at or past the end of the object (HTTP 416). */
  INVALID_RANGE("InvalidRange", 416),
  /** completeMultipartUpload names a part that was not uploaded, or with another ETag. */
  INVALID_PART("InvalidPart", 400),
  /** completeMultipartUpload's parts are not in strictly ascending part number order. */
  INVALID_PART_ORDER("InvalidPartOrder", 400),
  /** A part other than the last is smaller than the minimum part size, found at completion. */
  ENTITY_TOO_SMALL("EntityTooSmall", 400),
  /** completeMultipartUpload with no parts. */
  MALFORMED_XML("MalformedXML", 400),
  /** A condition (If-Match, If-None-Match on a put; If-Match on a get) does not hold. */
  PRECONDITION_FAILED("PreconditionFailed", 412),
  /** If-None-Match on a get or head matches the object's ETag. */
  NOT_MODIFIED("NotModified", 304),
  /** A concurrent conditional write won the race (a loser may get this or PreconditionFailed). */
  CONDITIONAL_REQUEST_CONFLICT("ConditionalRequestConflict", 409),
  /** A node the request needs is down, or too few shards of an object can be read. */
  SERVICE_UNAVAILABLE("ServiceUnavailable", 503),
  /** The store found itself in a state it cannot serve from (e.g. too many corrupt shards). */
  INTERNAL_ERROR("InternalError", 500);

  private final String code;
  private final int httpStatus;

  ErrorCode(String code, int httpStatus) {
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /** Returns S3's spelling of the code, e.g. {@code NoSuchKey}. */
  public String code() {
    return code;
  }

  /** Returns the HTTP status S3 answers with. */
  public int httpStatus() {
    return httpStatus;
  }
}
