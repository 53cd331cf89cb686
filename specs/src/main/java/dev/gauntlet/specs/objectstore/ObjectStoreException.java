package dev.gauntlet.specs.objectstore;

import java.util.Objects;

/** An S3 error: every failure of an {@link ObjectStore} request is one of these. */
public class ObjectStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /**
   * Creates the exception.
   *
   * @param code the S3 error code
   * @param message what happened, for a person
   */
  public ObjectStoreException(ErrorCode code, String message) {
    super(Objects.requireNonNull(code, "code").code() + ": " + message);
    this.code = code;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param code the S3 error code
   * @param message what happened, for a person
   * @param cause what caused it
   */
  public ObjectStoreException(ErrorCode code, String message, Throwable cause) {
    super(Objects.requireNonNull(code, "code").code() + ": " + message, cause);
    this.code = code;
  }

  /** Returns the error code. */
  public ErrorCode code() {
    return code;
  }

  /** Returns the HTTP status of the code. */
  public int httpStatus() {
    return code.httpStatus();
  }
}
