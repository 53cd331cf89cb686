package dev.gauntlet.reference.objectstore;

import java.util.Map;

/** A multipart upload in progress: the key and the options it was created with. */
record UploadMeta(String key, String contentType, Map<String, String> userMetadata,
    String ifMatch, boolean ifNoneMatchAny, long initiated) {}
