package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.ObjectStoreException;

/** Shorthands for the exceptions the gateway throws. */
final class Errors {

  private Errors() {}

  static ObjectStoreException error(ErrorCode code, String message) {
    return new ObjectStoreException(code, message);
  }

  static ObjectStoreException unavailable(String what, RuntimeException cause) {
    return new ObjectStoreException(ErrorCode.SERVICE_UNAVAILABLE, what, cause);
  }
}
