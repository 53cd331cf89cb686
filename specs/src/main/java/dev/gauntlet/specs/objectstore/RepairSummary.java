package dev.gauntlet.specs.objectstore;

/**
 * What a repair did.
 *
 * @param stripesChecked erasure-coded stripes (objects, parts) whose shards were verified
 * @param shardsRebuilt shards that were missing or corrupt and were written again
 */
public record RepairSummary(long stripesChecked, long shardsRebuilt) {}
