package dev.gauntlet.specs.objectstore;

/**
 * The bytes a ranged get returned, as S3's {@code Content-Range: bytes first-last/size}.
 *
 * @param first the first byte returned
 * @param last the last byte returned, inclusive
 * @param size the whole object's size
 */
public record ContentRange(long first, long last, long size) {

  @Override
  public String toString() {
    return "bytes " + first + "-" + last + "/" + size;
  }
}
