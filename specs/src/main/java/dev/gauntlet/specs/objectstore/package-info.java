/**
 * The S3-like object store: buckets, objects, listing, multipart uploads and conditional requests
 * over erasure-coded shards on storage nodes in availability zones, with metadata sharded over
 * key-value nodes. Implement {@link dev.gauntlet.specs.objectstore.ObjectStoreFactory} and
 * register it in {@code META-INF/services/dev.gauntlet.specs.objectstore.ObjectStoreFactory}.
 * See {@code specs/objectstore.md}.
 */
package dev.gauntlet.specs.objectstore;
