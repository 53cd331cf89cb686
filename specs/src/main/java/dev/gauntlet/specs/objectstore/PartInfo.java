package dev.gauntlet.specs.objectstore;

/**
 * One uploaded part, as listParts returns it.
 *
 * @param partNumber 1..10000
 * @param etag hex MD5 of the part's bytes
 * @param size the part's size in bytes
 */
public record PartInfo(int partNumber, String etag, long size) {}
