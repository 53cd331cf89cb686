package dev.gauntlet.specs.objectstore;

/**
 * One part named in completeMultipartUpload.
 *
 * @param partNumber the part number it was uploaded with
 * @param etag the ETag uploadPart returned for it
 */
public record CompletedPart(int partNumber, String etag) {}
