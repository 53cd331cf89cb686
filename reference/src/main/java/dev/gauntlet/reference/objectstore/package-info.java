/**
 * The reference object store: Reed-Solomon erasure coding over GF(2^8), shards placed across
 * zones with CRC32C checksums, metadata sharded over the metadata nodes by a hash of bucket and
 * key, and atomic publication by compare-and-set of a version pointer.
 */
package dev.gauntlet.reference.objectstore;
