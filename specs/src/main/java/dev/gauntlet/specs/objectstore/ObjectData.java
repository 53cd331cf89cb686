package dev.gauntlet.specs.objectstore;

/**
 * What a get returns.
 *
 * @param info the whole object's attributes (its size, not the range's)
 * @param body the bytes: the whole object, or the range
 * @param contentRange the range returned, or null for a get without a range
 */
public record ObjectData(ObjectInfo info, byte[] body, ContentRange contentRange) {}
