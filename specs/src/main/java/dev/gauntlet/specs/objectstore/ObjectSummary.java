package dev.gauntlet.specs.objectstore;

/**
 * One object in a listing.
 *
 * @param key the key
 * @param size the size in bytes
 * @param etag the ETag
 * @param lastModified the last-modified time
 */
public record ObjectSummary(String key, long size, String etag, long lastModified) {}
