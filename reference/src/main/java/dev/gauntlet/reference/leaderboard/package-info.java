/**
 * The reference leaderboard: a skip list with spans (as Redis's sorted sets), and a service that
 * commits points to the database first, then applies them to the sorted-set store, and rebuilds
 * the index from the database into temporary keys switched in with RENAME.
 */
package dev.gauntlet.reference.leaderboard;
