/**
 * The distributed cache: a node store (LRU + TTL), a consistent-hashing ring with virtual nodes,
 * and a client that replicates across nodes and copes with crashes and hot keys. Implement
 * {@link dev.gauntlet.specs.cache.CacheFactory} and register it in
 * {@code META-INF/services/dev.gauntlet.specs.cache.CacheFactory}. See {@code specs/cache.md}.
 */
package dev.gauntlet.specs.cache;
