package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.ObjectStoreException;
import java.util.function.Supplier;

/**
 * Runs a request and renders what came of it: its answer, or {@code error <S3 code>}. Only
 * {@link ObjectStoreException} is an answer; anything else a candidate throws propagates and
 * fails the check as it is (an {@link UnsupportedOperationException} then reads "not
 * implemented").
 */
final class Outcome {

  private Outcome() {}

  static String of(Supplier<String> request) {
    try {
      return request.get();
    } catch (ObjectStoreException e) {
      return "error " + (e.code() == null ? "null" : e.code().code());
    }
  }

  static String of(Runnable request) {
    return of(() -> {
      request.run();
      return "ok";
    });
  }
}
