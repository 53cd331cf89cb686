package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectSummary;
import java.util.List;
import java.util.Map;

/**
 * An object's metadata entry: its attributes and the stripes holding its bytes, in order (one for
 * a single put, one per part for a multipart object, none for an empty object).
 */
record ObjectMeta(String key, long size, String etag, String contentType,
    Map<String, String> userMetadata, long lastModified, List<Stripe> stripes) {

  ObjectInfo info() {
    return new ObjectInfo(key, size, etag, contentType, userMetadata, lastModified);
  }

  ObjectSummary summary() {
    return new ObjectSummary(key, size, etag, lastModified);
  }
}
