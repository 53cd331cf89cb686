/** The reference distributed cache: LRU + TTL node store, consistent-hashing ring, replicating client. */
package dev.gauntlet.reference.cache;
