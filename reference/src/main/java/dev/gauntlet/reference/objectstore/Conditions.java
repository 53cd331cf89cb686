package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.GetOptions;
import java.util.Optional;

/** The conditional-request rules of S3 (RFC 9110 §13), for writes and for reads. */
final class Conditions {

  private Conditions() {}

  /** A put's If-Match / If-None-Match: * against the key's current object. */
  static void checkWrite(Optional<ObjectMeta> current, String ifMatch, boolean ifNoneMatchAny) {
    if (ifNoneMatchAny && current.isPresent()) {
      throw Errors.error(ErrorCode.PRECONDITION_FAILED, "If-None-Match: * but the key exists");
    }
    if (ifMatch != null) {
      if (current.isEmpty()) {
        throw Errors.error(ErrorCode.NO_SUCH_KEY, "If-Match on a key that does not exist");
      }
      if (!current.get().etag().equals(ifMatch)) {
        throw Errors.error(ErrorCode.PRECONDITION_FAILED, "If-Match " + ifMatch
            + " but the ETag is " + current.get().etag());
      }
    }
  }

  /** A get's or head's If-Match (412 on mismatch), then If-None-Match (304 on match). */
  static void checkRead(ObjectMeta meta, GetOptions options) {
    if (options.ifMatch() != null && !options.ifMatch().equals(meta.etag())) {
      throw Errors.error(ErrorCode.PRECONDITION_FAILED, "If-Match " + options.ifMatch()
          + " but the ETag is " + meta.etag());
    }
    if (options.ifNoneMatch() != null
        && (options.ifNoneMatch().equals("*") || options.ifNoneMatch().equals(meta.etag()))) {
      throw Errors.error(ErrorCode.NOT_MODIFIED, "If-None-Match " + options.ifNoneMatch()
          + " matches");
    }
  }
}
