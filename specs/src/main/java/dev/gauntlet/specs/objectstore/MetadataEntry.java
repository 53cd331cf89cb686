package dev.gauntlet.specs.objectstore;

/**
 * One entry of a {@link MetadataNode}: a key, its value and the version the node gave it.
 *
 * @param key the key
 * @param value the value; a copy, the node keeps its own
 * @param version positive, and larger than any version the key had on this node before
 */
public record MetadataEntry(String key, byte[] value, long version) {}
